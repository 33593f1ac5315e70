package org.iccindex.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.iccindex.assessment.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A refused action, on the assessment pages: a page saying why (403 when the role may not, 409 otherwise). */
@ControllerAdvice(basePackageClasses = AssessmentErrors.class)
class AssessmentErrors {
    private final MessageSource messages;

    AssessmentErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    String refused(Refusal refusal, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(refusal.reason() == Refusal.Reason.NOT_ALLOWED ? 403 : 409);
        model.addAttribute("message", messages.getMessage(refusal.reason().messageKey(), null, locale));
        model.addAttribute("details", refusal.details());
        return "assessment/refused";
    }
}
