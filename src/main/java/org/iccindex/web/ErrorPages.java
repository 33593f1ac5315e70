package org.iccindex.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The application's own error answers, in place of Spring Boot's: for every status a page in the visitor's language
 * (title, one sentence, a way back), JSON for the open-data API; never a stack trace or an exception message.
 */
@Controller
class ErrorPages implements ErrorController {
    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        int status = status(request);
        ErrorTexts texts = new ErrorTexts(messages, locale, status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (ErrorTexts.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            byte[] body = texts.json().getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setLocale(locale);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return null;
        }
        return new ModelAndView(
                "error",
                Map.of("status", status, "title", texts.title(), "text", texts.text()),
                HttpStatus.valueOf(status));
    }

    /** The status Tomcat recorded; an upload over the size limit is 413 whichever layer noticed it. */
    private static int status(HttpServletRequest request) {
        for (Throwable t = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                t != null;
                t = t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException
                    || t.getClass().getName().endsWith("SizeLimitExceededException")) {
                return HttpStatus.PAYLOAD_TOO_LARGE.value();
            }
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer status && HttpStatus.resolve(status) != null && status >= 400) {
            return status;
        }
        // /error asked for directly: there is no page at that address
        return code == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.INTERNAL_SERVER_ERROR.value();
    }
}
