package org.iccindex.site.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.iccindex.site.api.v1.ApiProblem;
import org.iccindex.site.api.v1.ParameterProblem;
import org.iccindex.site.data.BadQueryException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/** API errors as JSON that names what was wrong: the parameter, the value given and what it accepts. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    /** Documented once for both causes: a value the API does not accept, or one of the wrong type. */
    @ExceptionHandler({BadQueryException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    @ApiResponse(
            responseCode = "400",
            description = "A parameter cannot be used: each one is named, with the value given and what it accepts",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<ApiProblem> badParameter(Exception e) {
        if (e instanceof BadQueryException bad) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    bad.getMessage(),
                    bad.problems().stream()
                            .map(p -> new ParameterProblem(p.parameter(), p.value(), p.message()))
                            .toList());
        }
        MethodArgumentTypeMismatchException mismatch = (MethodArgumentTypeMismatchException) e;
        String value = String.valueOf(mismatch.getValue());
        Class<?> type = mismatch.getRequiredType();
        String expected = type == null
                ? "another value"
                : (type == int.class || type == Integer.class) ? "a whole number" : "a " + type.getSimpleName();
        return problem(
                HttpStatus.BAD_REQUEST,
                mismatch.getName() + "=" + value + ": expected " + expected,
                List.of(new ParameterProblem(mismatch.getName(), value, "expected " + expected)));
    }

    /** Documented as 404 (an unknown edition, city or round), the status the exception names. */
    @ExceptionHandler(ResponseStatusException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    @ApiResponse(
            responseCode = "404",
            description = "No such edition, city or round with a published result",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ApiProblem.class)))
    ResponseEntity<ApiProblem> status(ResponseStatusException e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        return problem(status, e.getReason() == null ? status.getReasonPhrase() : e.getReason(), List.of());
    }

    private static ResponseEntity<ApiProblem> problem(HttpStatus status, String detail, List<ParameterProblem> list) {
        return ResponseEntity.status(status)
                .contentType(PROBLEM)
                .body(new ApiProblem(status.value(), status.getReasonPhrase(), detail, list));
    }
}
