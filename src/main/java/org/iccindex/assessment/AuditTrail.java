package org.iccindex.assessment;

import java.util.List;
import org.iccindex.account.CurrentUser;
import org.iccindex.assessment.persistence.AuditLog;
import org.iccindex.definition.QuestionCode;
import org.springframework.stereotype.Service;

/** Reading a round's history, for someone who may see the round. */
@Service
public class AuditTrail {
    private final Rounds rounds;
    private final AuditLog audit;

    AuditTrail(Rounds rounds, AuditLog audit) {
        this.rounds = rounds;
        this.audit = audit;
    }

    public List<AuditEntry> of(long roundId, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        return audit.findByRound(roundId);
    }

    public List<AuditEntry> of(long roundId, QuestionCode question, CurrentUser user) {
        rounds.visibleRow(roundId, user);
        return audit.findByQuestion(roundId, question);
    }
}
