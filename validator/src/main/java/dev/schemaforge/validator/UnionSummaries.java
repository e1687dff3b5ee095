package dev.schemaforge.validator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import dev.schemaforge.catalog.JsonPointers;

/**
 * Turns the failures of {@code oneOf}/{@code anyOf} alternatives into something a person can act on.
 * networknt reports every error of every alternative; listing them all buries the one that matters.
 * Instead: when every alternative fails on its type, one line says which types were expected;
 * otherwise one line names the closest alternative, followed by only that alternative's errors (in
 * which nested unions are summarised the same way). The closest alternative is the one whose
 * type matched and that has the fewest errors; of those, the one with fewest errors at the union's
 * own value (a missing member, say) rather than inside it: a payload that fails inside an
 * alternative's members has reached that alternative's shape.
 */
final class UnionSummaries {

    /** How much worse a type mismatch at the union itself is than any number of deeper errors. */
    private static final int TYPE_MISMATCH = 1_000;
    /** Up to how many findings shown under union summaries are looked through one by one. */
    private static final int FEW_SHOWN = 16;
    /** How many unions one list of errors is expected to hold at most, to size the map of them. */
    private static final int FEW_UNIONS = 4;

    private UnionSummaries() {
    }

    static List<Finding> summarise(List<Error> errors, Messages messages) {
        if (!anyMayBeInUnion(errors)) {
            List<Finding> out = new ArrayList<>(errors.size());
            for (Error error : errors) {
                out.add(Finding.of(error, messages));
            }
            return out;
        }
        List<Reported> reported = new ArrayList<>(errors.size());
        for (Error error : errors) {
            reported.add(new Reported(error, NodePaths.steps(error.getEvaluationPath())));
        }
        return summarise(reported, 0, messages);
    }

    /**
     * Groups the errors whose evaluation path takes a union step after the first {@code handled}
     * steps (every error here shares those) by union and alternative, keeping the order of first
     * appearance, and summarises each union where its first error stood.
     */
    private static List<Finding> summarise(List<Reported> errors, int handled, Messages messages) {
        // Keyed by the union keyword's node in the evaluation path, by identity: networknt makes a new
        // node each time it applies a keyword, so each application is a union of its own. Equal paths
        // are not one union: a union under `items` applies once per array element, on the same path.
        Map<NodePath, Union> unions = new IdentityHashMap<>(FEW_UNIONS);
        List<Object> ordered = new ArrayList<>();
        for (Reported error : errors) {
            int at = error.unionAt(handled);
            if (at < 0) {
                ordered.add(error);
                continue;
            }
            NodePath keywordPath = error.pathTo(at);
            Union union = unions.get(keywordPath);
            if (union == null) {
                union = new Union(keywordPath, at + 1);
                unions.put(keywordPath, union);
                ordered.add(union);
            }
            union.branches().computeIfAbsent(error.alternative(at + 1), k -> new ArrayList<>()).add(error);
        }
        // The unions first: an error that a union's closest alternative shares with the schema around
        // the union (a member checked by both) is shown once, under the union's summary line.
        List<List<Finding>> summaries = new ArrayList<>(unions.size());
        Collection<Finding> shownInUnions = new ArrayList<>();
        for (Object item : ordered) {
            if (item instanceof Union union) {
                List<Finding> summary = summariseUnion(union, errors, messages);
                summaries.add(summary);
                shownInUnions.addAll(summary);
            }
        }
        // Few are compared one by one, which spells no pointer or message for findings of another keyword
        // or place; many are hashed.
        if (shownInUnions.size() > FEW_SHOWN) {
            shownInUnions = new HashSet<>(shownInUnions);
        }
        List<Finding> out = new ArrayList<>();
        Iterator<List<Finding>> nextSummary = summaries.iterator();
        for (Object item : ordered) {
            if (item instanceof Reported error) {
                if (isUnionKeyword(error.error()) && unions.containsKey(error.error().getEvaluationPath())) {
                    continue;
                }
                Finding finding = Finding.of(error.error(), messages);
                if (shownInUnions.isEmpty() || !shownInUnions.contains(finding)) {
                    out.add(finding);
                }
            } else {
                out.addAll(nextSummary.next());
            }
        }
        return out;
    }

    private static List<Finding> summariseUnion(Union union, List<Reported> all, Messages messages) {
        Map<Integer, List<Reported>> branches = union.branches();
        String keyword = String.valueOf(union.path().getElement(-1));
        Reported own = unionError(all, union.path());
        if (own == null && branches.size() == 1) {
            // Only one alternative was tried (an OpenAPI discriminator picked it) or there is only one:
            // nothing is known of the others, so its own errors are the whole story.
            return summarise(branches.values().iterator().next(), union.depth() + 1, messages);
        }
        // where the union applies, compared as networknt's paths
        NodePath at = own != null ? own.error().getInstanceLocation() : commonLocation(branches);
        Supplier<String> schemaLocation = () -> unionSchemaLocation(own, branches, messages);
        int total = alternatives(own, branches);
        List<Finding> out = new ArrayList<>();
        // Only when every alternative was tried: with an OpenAPI discriminator networknt tries just one.
        if (branches.size() == total && everyBranchMismatchesTypeAt(branches, at)) {
            out.add(Finding.summary(at, keyword, () -> typesExpected(branches, at, keyword), schemaLocation));
            return out;
        }
        int closest = closest(branches, at);
        out.add(Finding.summary(at, keyword, () -> "matches none of the " + total + " " + keyword
                + " alternatives; the closest is alternative " + (closest + 1) + ", which fails as follows",
                schemaLocation));
        out.addAll(summarise(branches.get(closest), union.depth() + 1, messages));
        return out;
    }

    /** The summary of a union whose every alternative failed on the type of the value at {@code at}. */
    private static String typesExpected(Map<Integer, List<Reported>> branches, NodePath at, String keyword) {
        Set<String> expected = new LinkedHashSet<>();
        String found = "";
        for (List<Reported> branch : branches.values()) {
            for (Reported reported : branch) {
                Error error = reported.error();
                if ("type".equals(error.getKeyword()) && reported.isAt(at)) {
                    expected.add(Messages.expectedTypes(error.getSchemaNode()));
                    found = Messages.jsonType(error.getInstanceNode());
                }
            }
        }
        return "expected " + String.join(" or ", expected) + ", found " + found + " (no " + keyword
                + " alternative accepts this type)";
    }

    /**
     * The alternative with the lowest score; of equal scores, the one with fewest errors at the
     * union's own value; of those, the first.
     */
    private static int closest(Map<Integer, List<Reported>> branches, NodePath unionAt) {
        int closest = -1;
        int closestScore = Integer.MAX_VALUE;
        int closestAtUnion = Integer.MAX_VALUE;
        for (Map.Entry<Integer, List<Reported>> branch : branches.entrySet()) {
            int score = score(branch.getValue(), unionAt);
            if (score > closestScore) {
                continue;
            }
            int atUnion = errorsAt(branch.getValue(), unionAt);
            if (score < closestScore || atUnion < closestAtUnion
                    || atUnion == closestAtUnion && branch.getKey() < closest) {
                closest = branch.getKey();
                closestScore = score;
                closestAtUnion = atUnion;
            }
        }
        return closest;
    }

    private static int errorsAt(List<Reported> branch, NodePath unionAt) {
        int at = 0;
        for (Reported reported : branch) {
            if (reported.isAt(unionAt)) {
                at++;
            }
        }
        return at;
    }

    private static int score(List<Reported> branch, NodePath unionAt) {
        return (typeMismatchAt(branch, unionAt) ? TYPE_MISMATCH : 0) + branch.size();
    }

    private static boolean everyBranchMismatchesTypeAt(Map<Integer, List<Reported>> branches, NodePath unionAt) {
        for (List<Reported> branch : branches.values()) {
            if (!typeMismatchAt(branch, unionAt)) {
                return false;
            }
        }
        return true;
    }

    private static boolean typeMismatchAt(List<Reported> branch, NodePath unionAt) {
        for (Reported reported : branch) {
            if ("type".equals(reported.error().getKeyword()) && reported.isAt(unionAt)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error networknt reports for this application of the union keyword, or null: {@code anyOf}
     * has none, and a {@code oneOf} may have none either. Where there is one, it says where the union
     * applies, where it stands in the schema and how many alternatives it has; otherwise the branches
     * tell.
     */
    private static Reported unionError(List<Reported> all, NodePath union) {
        for (Reported reported : all) {
            if (isUnionKeyword(reported.error()) && reported.error().getEvaluationPath() == union) {
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

    /**
     * Where a union without its own error applies: the deepest instance location every branch error
     * lies within; null for the root when an error names no location.
     */
    private static NodePath commonLocation(Map<Integer, List<Reported>> branches) {
        NodePath common = null;
        for (List<Reported> branch : branches.values()) {
            for (Reported reported : branch) {
                NodePath location = reported.error().getInstanceLocation();
                if (location == null) {
                    return null;
                }
                common = common == null ? location : commonAncestor(common, location);
            }
        }
        return common;
    }

    /** The deepest path both paths start with, step for step; null when not even their roots agree. */
    private static NodePath commonAncestor(NodePath a, NodePath b) {
        int aDepth = NodePaths.depth(a);
        int bDepth = NodePaths.depth(b);
        for (; aDepth > bDepth; aDepth--) {
            a = a.getParent();
        }
        for (; bDepth > aDepth; bDepth--) {
            b = b.getParent();
        }
        while (a != null && !a.equals(b)) {
            a = a.getParent();
            b = b.getParent();
        }
        return a;
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

    static String pointer(Error error) {
        return NodePaths.pointer(error.getInstanceLocation());
    }

    /** The errors of one union, by alternative, and where its keyword stands in their evaluation paths. */
    private record Union(NodePath path, int depth, Map<Integer, List<Reported>> branches) {

        Union(NodePath path, int depth) {
            this(path, depth, new LinkedHashMap<>());
        }
    }

    /**
     * An error with the nodes of its evaluation path from the root, and its instance pointer once
     * asked for: most errors of the alternatives that are not the closest never need theirs.
     */
    private static final class Reported {

        private final Error error;
        /** The steps of its evaluation path from the root: names and keywords, or indexes. */
        private final Object[] steps;
        private String pointer;

        Reported(Error error, Object[] steps) {
            this.error = error;
            this.steps = steps;
        }

        Error error() {
            return error;
        }

        /** The evaluation path up to and including step {@code i}. */
        NodePath pathTo(int i) {
            NodePath path = error.getEvaluationPath();
            for (int up = steps.length - 1; up > i; up--) {
                path = path.getParent();
            }
            return path;
        }

        String pointer() {
            if (pointer == null) {
                pointer = UnionSummaries.pointer(error);
            }
            return pointer;
        }

        /** Whether the error's instance location is {@code location} (null: the root, as no location spells). */
        boolean isAt(NodePath location) {
            NodePath own = error.getInstanceLocation();
            return own != null && location != null ? own.equals(location)
                    : pointer().equals(NodePaths.pointer(location));
        }

        /**
         * Where the first {@code oneOf}/{@code anyOf} step at or after {@code from} stands that is
         * followed by the index of an alternative, or -1.
         */
        int unionAt(int from) {
            for (int i = from; i + 1 < steps.length; i++) {
                Object step = steps[i];
                if (("oneOf".equals(step) || "anyOf".equals(step)) && alternative(i + 1) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The index step {@code i} names, or -1 when it names a member or keyword. */
        int alternative(int i) {
            Object step = steps[i];
            return step instanceof Integer index ? index : step == null ? -1 : JsonPointers.arrayIndex(step.toString());
        }
    }
}
