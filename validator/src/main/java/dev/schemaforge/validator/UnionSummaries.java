package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import dev.schemaforge.catalog.JsonPointers;

/**
 * Turns the failures of {@code oneOf}/{@code anyOf} alternatives into something a person can act on.
 * networknt reports every error of every alternative; listing them all buries the one that matters.
 * Instead: when every alternative fails on its type, one line says which types were expected;
 * otherwise one line names the closest alternative, followed by only that alternative's errors (in
 * which nested unions are summarised the same way). The closest alternative is the one whose
 * type matched and that has the fewest errors.
 */
final class UnionSummaries {

    /** How much worse a type mismatch at the union itself is than any number of deeper errors. */
    private static final int TYPE_MISMATCH = 1_000;

    private UnionSummaries() {
    }

    static List<Finding> summarise(List<Error> errors, Messages messages) {
        if (!anyMayBeInUnion(errors)) {
            List<Finding> out = new ArrayList<>(errors.size());
            for (Error error : errors) {
                out.add(Finding.of(error, pointer(error), messages));
            }
            return out;
        }
        List<Reported> reported = new ArrayList<>(errors.size());
        for (Error error : errors) {
            reported.add(new Reported(error, steps(error.getEvaluationPath())));
        }
        return summarise(reported, 0, messages);
    }

    /**
     * Groups the errors whose evaluation path takes a union step after the first {@code handled}
     * steps (every error here shares those) by union and alternative, keeping the order of first
     * appearance, and summarises each union where its first error stood.
     */
    private static List<Finding> summarise(List<Reported> errors, int handled, Messages messages) {
        Map<List<String>, Map<Integer, List<Reported>>> unions = new LinkedHashMap<>();
        List<Object> ordered = new ArrayList<>();
        for (Reported error : errors) {
            int at = error.unionAt(handled);
            if (at < 0) {
                ordered.add(error);
                continue;
            }
            List<String> union = error.steps().subList(0, at + 1);
            Map<Integer, List<Reported>> branches = unions.get(union);
            if (branches == null) {
                branches = new LinkedHashMap<>();
                unions.put(union, branches);
                ordered.add(union);
            }
            branches.computeIfAbsent(JsonPointers.arrayIndex(error.steps().get(at + 1)), k -> new ArrayList<>())
                    .add(error);
        }
        List<Finding> out = new ArrayList<>();
        for (Object item : ordered) {
            if (item instanceof Reported error) {
                if (isUnionKeyword(error.error()) && unions.containsKey(error.steps())) {
                    continue;
                }
                out.add(Finding.of(error.error(), error.pointer(), messages));
            } else if (item instanceof List<?> union) {
                out.addAll(summariseUnion(union, unions.get(union), errors, messages));
            }
        }
        return out;
    }

    private static List<Finding> summariseUnion(List<?> prefix, Map<Integer, List<Reported>> branches,
            List<Reported> all, Messages messages) {
        String keyword = String.valueOf(prefix.get(prefix.size() - 1));
        Reported own = unionError(all, prefix);
        if (own == null && branches.size() == 1) {
            // Only one alternative was tried (an OpenAPI discriminator picked it) or there is only one:
            // nothing is known of the others, so its own errors are the whole story.
            return summarise(branches.values().iterator().next(), prefix.size() + 1, messages);
        }
        String pointer = own != null ? own.pointer() : commonPointer(branches);
        String schemaLocation = unionSchemaLocation(own, branches, messages);
        int total = alternatives(own, branches);
        List<Finding> out = new ArrayList<>();
        // Only when every alternative was tried: with an OpenAPI discriminator networknt tries just one.
        if (branches.size() == total && everyBranchMismatchesTypeAt(branches, pointer)) {
            Set<String> expected = new LinkedHashSet<>();
            String found = "";
            for (List<Reported> branch : branches.values()) {
                for (Reported reported : branch) {
                    Error error = reported.error();
                    if ("type".equals(error.getKeyword()) && reported.pointer().equals(pointer)) {
                        expected.add(Messages.expectedTypes(error.getSchemaNode()));
                        found = Messages.jsonType(error.getInstanceNode());
                    }
                }
            }
            out.add(Finding.withMessage(pointer, keyword, "expected " + String.join(" or ", expected) + ", found " + found
                    + " (no " + keyword + " alternative accepts this type)", schemaLocation));
            return out;
        }
        int closest = closest(branches, pointer);
        out.add(Finding.withMessage(pointer, keyword, "matches none of the " + total + " " + keyword
                + " alternatives; the closest is alternative " + (closest + 1) + ", which fails as follows",
                schemaLocation));
        out.addAll(summarise(branches.get(closest), prefix.size() + 1, messages));
        return out;
    }

    /** The alternative with the lowest score; of equal scores, the first. */
    private static int closest(Map<Integer, List<Reported>> branches, String unionPointer) {
        int closest = -1;
        int closestScore = Integer.MAX_VALUE;
        for (Map.Entry<Integer, List<Reported>> branch : branches.entrySet()) {
            int score = score(branch.getValue(), unionPointer);
            if (score < closestScore || score == closestScore && branch.getKey() < closest) {
                closest = branch.getKey();
                closestScore = score;
            }
        }
        return closest;
    }

    private static int score(List<Reported> branch, String unionPointer) {
        return (typeMismatchAt(branch, unionPointer) ? TYPE_MISMATCH : 0) + branch.size();
    }

    private static boolean everyBranchMismatchesTypeAt(Map<Integer, List<Reported>> branches, String unionPointer) {
        for (List<Reported> branch : branches.values()) {
            if (!typeMismatchAt(branch, unionPointer)) {
                return false;
            }
        }
        return true;
    }

    private static boolean typeMismatchAt(List<Reported> branch, String unionPointer) {
        for (Reported reported : branch) {
            if ("type".equals(reported.error().getKeyword()) && reported.pointer().equals(unionPointer)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error networknt reports for the union keyword itself, or null: {@code anyOf} has none, and a
     * {@code oneOf} may have none either. Where there is one, it says where the union applies, where
     * it stands in the schema and how many alternatives it has; otherwise the branches tell.
     */
    private static Reported unionError(List<Reported> all, List<?> prefix) {
        for (Reported reported : all) {
            if (isUnionKeyword(reported.error()) && reported.steps().equals(prefix)) {
                return reported;
            }
        }
        return null;
    }

    /** The number of alternatives: from the union keyword's schema when networknt reported it, else those seen. */
    private static int alternatives(Reported own, Map<Integer, List<Reported>> branches) {
        if (own != null && own.error().getSchemaNode() != null && own.error().getSchemaNode().isArray()) {
            return own.error().getSchemaNode().size();
        }
        int seen = 0;
        for (int alternative : branches.keySet()) {
            seen = Math.max(seen, alternative + 1);
        }
        return branches.isEmpty() ? branches.size() : seen;
    }

    private static String unionSchemaLocation(Reported own, Map<Integer, List<Reported>> branches,
            Messages messages) {
        if (own != null) {
            return messages.schemaLocation(own.error());
        }
        String branchLocation = messages.schemaLocation(branches.values().iterator().next().get(0).error());
        int cut = Math.max(branchLocation.lastIndexOf("/oneOf/"), branchLocation.lastIndexOf("/anyOf/"));
        return cut < 0 ? branchLocation : branchLocation.substring(0, cut + "/oneOf".length());
    }

    /** Where a union without its own error applies: the deepest pointer every branch error lies within. */
    private static String commonPointer(Map<Integer, List<Reported>> branches) {
        String common = null;
        for (List<Reported> branch : branches.values()) {
            for (Reported reported : branch) {
                common = common == null ? reported.pointer() : commonAncestor(common, reported.pointer());
            }
        }
        return common == null ? "" : common;
    }

    /** The longest pointer both pointers start with, segment for segment. */
    private static String commonAncestor(String a, String b) {
        int same = 0;
        int shorter = Math.min(a.length(), b.length());
        while (same < shorter && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        if (same == a.length() && (same == b.length() || b.charAt(same) == '/')) {
            return a;
        }
        if (same == b.length() && a.charAt(same) == '/') {
            return b;
        }
        int cut = same == 0 ? -1 : a.lastIndexOf('/', same - 1);
        return cut < 0 ? "" : a.substring(0, cut);
    }

    /**
     * A cheap test that most payloads' errors fail: outside any union, they need neither the steps
     * of their evaluation paths nor any grouping.
     */
    private static boolean anyMayBeInUnion(List<Error> errors) {
        for (Error error : errors) {
            NodePath path = error.getEvaluationPath();
            if (path != null && (path.contains("oneOf") || path.contains("anyOf"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnionKeyword(Error error) {
        return "oneOf".equals(error.getKeyword()) || "anyOf".equals(error.getKeyword());
    }

    /** The steps of a path from the root: member names, keywords and indexes, unescaped. */
    private static List<String> steps(NodePath path) {
        List<String> steps = new ArrayList<>();
        for (Object step : NodePaths.steps(path)) {
            if (step != null) {
                steps.add(step.toString());
            }
        }
        return steps;
    }

    static String pointer(Error error) {
        return NodePaths.pointer(error.getInstanceLocation());
    }

    /**
     * An error with the steps of its evaluation path, and its instance pointer once asked for: most
     * errors of the alternatives that are not the closest never need theirs.
     */
    private static final class Reported {

        private final Error error;
        private final List<String> steps;
        private String pointer;

        Reported(Error error, List<String> steps) {
            this.error = error;
            this.steps = steps;
        }

        Error error() {
            return error;
        }

        List<String> steps() {
            return steps;
        }

        String pointer() {
            if (pointer == null) {
                pointer = UnionSummaries.pointer(error);
            }
            return pointer;
        }

        /**
         * Where the first {@code oneOf}/{@code anyOf} step at or after {@code from} stands that is
         * followed by the index of an alternative, or -1.
         */
        int unionAt(int from) {
            for (int i = from; i + 1 < steps.size(); i++) {
                String step = steps.get(i);
                if (("oneOf".equals(step) || "anyOf".equals(step)) && JsonPointers.arrayIndex(steps.get(i + 1)) >= 0) {
                    return i;
                }
            }
            return -1;
        }
    }
}
