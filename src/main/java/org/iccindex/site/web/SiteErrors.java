package org.iccindex.site.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.iccindex.site.data.BadQueryException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page asked for something that cannot be read: a 400 page naming each parameter and what it accepts. */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    @ExceptionHandler(BadQueryException.class)
    String badQuery(BadQueryException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(
                "problems", e.problems().stream().map(Object::toString).toList());
        return "site/bad-request";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("problems", List.of(e.getName() + "=" + e.getValue()));
        return "site/bad-request";
    }
}
