package dev.schemaforge.validator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.joni.Matcher;
import org.joni.Option;
import org.joni.Regex;
import org.joni.Syntax;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressions;

/**
 * networknt's Joni regular expressions with a time limit on every match. networknt's own search has
 * none, so a pattern that backtracks without end ({@code ^(a+)+$} on {@code "aaaa…!"}) held a check
 * forever; the {@link MatchWatchdog} stops it, and the match ends in a {@link PatternTimeout}. Patterns are
 * read exactly as networknt reads them (same syntax, options and {@link EcmaScriptEncoding}), and
 * networknt's own expression decides which patterns are refused, with its messages.
 */
final class TimedRegularExpressions implements RegularExpressionFactory {

    /** ECMAScript with named groups, {@code (?<name>…)} and {@code \k<name>}, as networknt adds them. */
    private static final Syntax SYNTAX = new Syntax(Syntax.ECMAScript.name, Syntax.ECMAScript.op,
            Syntax.ECMAScript.op2 | Syntax.OP2_QMARK_LT_NAMED_GROUP | Syntax.OP2_ESC_K_NAMED_BACKREF,
            Syntax.ECMAScript.op3, Syntax.ECMAScript.behavior, Syntax.ECMAScript.options,
            Syntax.ECMAScript.metaCharTable);
    /** A value gets the limit again for every whole MiB it has: matching a long value takes long even when linear. */
    private static final int MIB = 1 << 20;
    /** The check running on this thread, so that a pattern stopped in it can say where it is written. */
    private static final ThreadLocal<ExecutionContext> CHECKING = new ThreadLocal<>();

    private final long limitNanos;

    TimedRegularExpressions(Duration limit) {
        this.limitNanos = saturatedNanos(limit);
    }

    /** Notes the check {@code context} is about to run on this thread; {@link #checked()} forgets it. */
    static void checking(ExecutionContext context) {
        CHECKING.set(context);
    }

    static void checked() {
        CHECKING.set(null); // not remove(): the next check would make the thread's entry anew
    }

    @Override
    public RegularExpression getRegularExpression(String pattern) {
        JoniRegularExpressionFactory.getInstance().getRegularExpression(pattern); // throws where networknt refuses
        byte[] bytes = RegularExpressions.replaceDollarAnchors(pattern).getBytes(StandardCharsets.UTF_8);
        Regex regex = new Regex(bytes, 0, bytes.length, Option.SINGLELINE, EcmaScriptEncoding.INSTANCE, SYNTAX);
        return value -> matches(regex, pattern, value);
    }

    private boolean matches(Regex regex, String pattern, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        long allowed = limitFor(bytes.length);
        int found = MatchWatchdog.search(regex.matcher(bytes, 0, bytes.length), bytes.length, allowed);
        if (found == Matcher.INTERRUPTED) {
            throw new PatternTimeout(pattern, value, Duration.ofNanos(allowed), keywordIri(pattern));
        }
        return found >= 0;
    }

    private long limitFor(int length) {
        long times = 1 + length / MIB;
        return limitNanos > Long.MAX_VALUE / times ? Long.MAX_VALUE : limitNanos * times;
    }

    /**
     * Where the running check's pattern is written: the {@code pattern} of the schema being applied, or
     * the {@code patternProperties} key that both that keyword and {@code additionalProperties} match
     * member names with.
     */
    private static String keywordIri(String pattern) {
        ExecutionContext context = CHECKING.get();
        if (context == null || context.getEvaluationSchema().isEmpty() || context.getEvaluationSchemaPath().isEmpty()) {
            return null;
        }
        SchemaLocation schema = context.getEvaluationSchema().peekLast().getSchemaLocation();
        String keyword = String.valueOf(context.getEvaluationSchemaPath().peekLast());
        boolean memberNames = keyword.equals("patternProperties") || keyword.equals("additionalProperties");
        return (memberNames ? schema.append("patternProperties").append(pattern) : schema.append(keyword)).toString();
    }

    private static long saturatedNanos(Duration limit) {
        try {
            return limit.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
