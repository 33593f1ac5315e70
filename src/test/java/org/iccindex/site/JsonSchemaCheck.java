package org.iccindex.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.1 document: types (a type or a list of types), required
 * properties present and not null, no property the schema does not declare, array items, date formats, and
 * {@code $ref} to {@code #/components/schemas/...}. Enough to hold real responses to the published contract.
 */
final class JsonSchemaCheck {
    private final JsonNode document;

    JsonSchemaCheck(JsonNode document) {
        this.document = document;
    }

    List<String> problems(JsonNode schema, JsonNode value, String where) {
        List<String> problems = new ArrayList<>();
        check(schema, value, where, problems);
        return problems;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = document.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
        }
        return current;
    }

    private void check(JsonNode raw, JsonNode value, String where, List<String> problems) {
        JsonNode schema = resolve(raw);
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                problems.add(where + ": null where the schema says " + types);
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(t -> is(t, value))) {
            problems.add(where + ": " + value.getNodeType() + " where the schema says " + types);
            return;
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            for (JsonNode required : schema.path("required")) {
                String name = required.asString();
                if (!value.has(name) || value.get(name).isNull()) {
                    problems.add(where + ": required property '" + name + "' is missing");
                }
            }
            if (properties.isObject()) {
                for (String name : value.propertyNames()) {
                    if (!properties.has(name)) {
                        problems.add(where + ": property '" + name + "' is not in the schema");
                    } else {
                        check(properties.get(name), value.get(name), where + "." + name, problems);
                    }
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), where + "[" + i + "]", problems);
            }
        } else if (value.isString()
                && "date".equals(schema.path("format").asString(""))
                && !value.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
            problems.add(where + ": '" + value.asString() + "' is not a date");
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        }
        return types;
    }

    private static boolean is(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }
}
