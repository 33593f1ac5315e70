package org.iccindex.account.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iccindex.account.FieldProblem;
import org.springframework.context.MessageSource;

/**
 * The problems of a refused form, in the reader's language: one sentence per field, in the order of the form, for
 * the summary at the top (with links to the fields) and next to each field.
 */
record FormErrors(Map<String, String> byField) {
    static final FormErrors NONE = new FormErrors(Map.of());

    FormErrors {
        byField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byField));
    }

    static FormErrors of(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String text = messages.getMessage(problem.code(), problem.args().toArray(), problem.english(), locale);
            texts.merge(problem.field(), text, (a, b) -> a + " " + b);
        }
        return new FormErrors(texts);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public List<Map.Entry<String, String>> list() {
        return List.copyOf(byField.entrySet());
    }
}
