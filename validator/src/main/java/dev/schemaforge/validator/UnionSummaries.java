package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;

/**
 * Turns the failures of {@code oneOf}/{@code anyOf} alternatives into something a person can act on.
 * networknt reports every error of every alternative; listing them all buries the one that matters.
 * Instead: when every alternative fails on its type, one line says which types were expected;
 * otherwise one line names the closest alternative, followed by only that alternative's errors (in
 * which nested unions are summarised the same way). The closest alternative is the one whose
 * type matched and that has the fewest errors.
 */
final class UnionSummaries {

    /** The first {@code oneOf}/{@code anyOf} step of an evaluation path, and the alternative taken. */
    private static final Pattern UNION = Pattern.compile("^(.*?/(oneOf|anyOf))/(\\d+)(/.*)?$");

    /** How much worse a type mismatch at the union itself is than any number of deeper errors. */
    private static final int TYPE_MISMATCH = 1_000;

    private UnionSummaries() {
    }

    static List<Finding> summarise(List<Error> errors, Messages messages) {
        return summarise(errors, "", messages);
    }

    private static List<Finding> summarise(List<Error> errors, String handledPrefix, Messages messages) {
        Map<String, Map<Integer, List<Error>>> unions = new LinkedHashMap<>();
        Map<String, String> unionKeyword = new LinkedHashMap<>();
        List<Object> ordered = new ArrayList<>();
        for (Error error : errors) {
            String path = relative(evaluationPath(error), handledPrefix);
            Matcher union = mayBeInUnion(path) ? UNION.matcher(path) : null;
            if (union != null && union.matches()) {
                String prefix = union.group(1);
                if (!unions.containsKey(prefix)) {
                    ordered.add(prefix);
                }
                unions.computeIfAbsent(prefix, k -> new LinkedHashMap<>())
                        .computeIfAbsent(Integer.parseInt(union.group(3)), k -> new ArrayList<>()).add(error);
                unionKeyword.put(prefix, union.group(2));
            } else {
                ordered.add(error);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Object item : ordered) {
            if (item instanceof Error error) {
                String path = relative(evaluationPath(error), handledPrefix);
                if (isUnionKeyword(error) && unions.containsKey(path)) {
                    continue;
                }
                out.add(finding(error, messages));
            } else {
                String prefix = (String) item;
                out.addAll(summariseUnion(handledPrefix + prefix, unionKeyword.get(prefix), unions.get(prefix),
                        errors, messages));
            }
        }
        return out;
    }

    private static List<Finding> summariseUnion(String prefix, String keyword, Map<Integer, List<Error>> branches,
            List<Error> all, Messages messages) {
        String pointer = unionPointer(all, prefix, branches);
        String schemaLocation = unionSchemaLocation(all, prefix, branches);
        int total = alternatives(all, prefix, branches);
        List<Finding> out = new ArrayList<>();
        // Only when every alternative was tried: with an OpenAPI discriminator networknt tries just one.
        if (branches.size() == total && branches.values().stream().allMatch(branch -> typeMismatchAt(branch, pointer))) {
            Set<String> expected = new LinkedHashSet<>();
            String found = "";
            for (List<Error> branch : branches.values()) {
                for (Error error : branch) {
                    if ("type".equals(error.getKeyword()) && pointer(error).equals(pointer)) {
                        expected.add(Messages.expectedTypes(error.getSchemaNode()));
                        found = Messages.jsonType(error.getInstanceNode());
                    }
                }
            }
            out.add(new Finding(pointer, keyword, "expected " + String.join(" or ", expected) + ", found " + found
                    + " (no " + keyword + " alternative accepts this type)", schemaLocation));
            return out;
        }
        Map.Entry<Integer, List<Error>> closest = branches.entrySet().stream()
                .min(Comparator.comparingInt((Map.Entry<Integer, List<Error>> e) -> score(e.getValue(), pointer))
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow();
        out.add(new Finding(pointer, keyword, "matches none of the " + total + " " + keyword
                + " alternatives; the closest is alternative " + (closest.getKey() + 1) + ", which fails as follows",
                schemaLocation));
        out.addAll(summarise(closest.getValue(), prefix + "/" + closest.getKey(), messages));
        return out;
    }

    private static int score(List<Error> branch, String unionPointer) {
        return (typeMismatchAt(branch, unionPointer) ? TYPE_MISMATCH : 0) + branch.size();
    }

    private static boolean typeMismatchAt(List<Error> branch, String unionPointer) {
        return branch.stream().anyMatch(e -> "type".equals(e.getKeyword()) && pointer(e).equals(unionPointer));
    }

    /** The number of alternatives: from the union keyword's schema when networknt reported it, else those seen. */
    private static int alternatives(List<Error> all, String prefix, Map<Integer, List<Error>> branches) {
        for (Error error : all) {
            if (isUnionKeyword(error) && evaluationPath(error).equals(prefix) && error.getSchemaNode() != null
                    && error.getSchemaNode().isArray()) {
                return error.getSchemaNode().size();
            }
        }
        return branches.keySet().stream().mapToInt(i -> i + 1).max().orElse(branches.size());
    }

    private static String unionSchemaLocation(List<Error> all, String prefix, Map<Integer, List<Error>> branches) {
        for (Error error : all) {
            if (isUnionKeyword(error) && evaluationPath(error).equals(prefix)) {
                return location(error);
            }
        }
        String branchLocation = location(branches.values().iterator().next().get(0));
        int cut = Math.max(branchLocation.lastIndexOf("/oneOf/"), branchLocation.lastIndexOf("/anyOf/"));
        return cut < 0 ? branchLocation : branchLocation.substring(0, cut + "/oneOf".length());
    }

    /** Where the union applies: networknt's own union error says so; for anyOf, which has none, the branches do. */
    private static String unionPointer(List<Error> all, String prefix, Map<Integer, List<Error>> branches) {
        for (Error error : all) {
            if (isUnionKeyword(error) && evaluationPath(error).equals(prefix)) {
                return pointer(error);
            }
        }
        return commonPointer(branches);
    }

    /** The deepest pointer every branch error lies within. */
    private static String commonPointer(Map<Integer, List<Error>> branches) {
        String[] common = null;
        for (List<Error> branch : branches.values()) {
            for (Error error : branch) {
                String[] segments = pointer(error).split("/", -1);
                if (common == null) {
                    common = segments;
                } else {
                    int n = 0;
                    while (n < common.length && n < segments.length && common[n].equals(segments[n])) {
                        n++;
                    }
                    common = java.util.Arrays.copyOf(common, n);
                }
            }
        }
        return common == null ? "" : String.join("/", common);
    }

    /** A cheap test that most paths fail, before the regular expression. */
    private static boolean mayBeInUnion(String path) {
        return path.contains("/oneOf/") || path.contains("/anyOf/");
    }

    private static boolean isUnionKeyword(Error error) {
        return "oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword());
    }

    private static String relative(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static String evaluationPath(Error error) {
        return error.getEvaluationPath() == null ? "" : error.getEvaluationPath().toString();
    }

    static String pointer(Error error) {
        return error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
    }

    private static String location(Error error) {
        return error.getSchemaLocation() == null ? null : error.getSchemaLocation().toString();
    }

    static Finding finding(Error error, Messages messages) {
        return new Finding(pointer(error), error.getKeyword() == null ? "" : error.getKeyword(),
                messages.describe(error), location(error));
    }
}
