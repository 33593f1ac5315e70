package org.iccindex.scoring;

/**
 * When an answer counts as carrying evidence: at least one file or link attached, or an evidence note of at least
 * {@code minNoteLength} characters (surrounding blanks not counted). A short note ("see website") does not count.
 */
public record EvidenceRule(int minNoteLength) {
    public EvidenceRule {
        if (minNoteLength < 1) {
            throw new IllegalArgumentException("the minimum note length must be at least 1: " + minNoteLength);
        }
    }

    /** Whether an answer with these attachments and this note carries evidence. */
    public boolean supports(int filesAndLinks, String note) {
        if (filesAndLinks > 0) {
            return true;
        }
        return note != null && note.strip().codePointCount(0, note.strip().length()) >= minNoteLength;
    }
}
