package org.iccindex.practice.web;

import org.iccindex.practice.PracticeNotAllowedException;
import org.iccindex.practice.PracticeNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Turns the catalogue's refusals into the application's error page: 403 for a role, 404 for a missing practice. */
@ControllerAdvice(
        assignableTypes = {CatalogueController.class, RecommendationsController.class, PracticeController.class})
class PracticeErrors {
    @ExceptionHandler(PracticeNotAllowedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAllowed(Model model) {
        model.addAttribute("status", 403);
        return "error";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Model model) {
        model.addAttribute("status", 400);
        return "error";
    }

    @ExceptionHandler(PracticeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        return "error";
    }
}
