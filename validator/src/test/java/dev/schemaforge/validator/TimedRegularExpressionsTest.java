package dev.schemaforge.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.networknt.schema.regex.JoniRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

/**
 * Timed expressions match exactly as networknt's Joni expressions do (the official suite checks much
 * of it too): ECMAScript's ASCII {@code \d} and {@code \w} and its own white space, {@code $} at the
 * very end, named groups, and the same refusals with the same messages.
 */
class TimedRegularExpressionsTest {

    private static final RegularExpressionFactory NETWORKNT = JoniRegularExpressionFactory.getInstance();
    private static final RegularExpressionFactory TIMED = new TimedRegularExpressions(Duration.ofSeconds(10));

    private static final List<String> VALUES = List.of("", "a", "abc", "ABC", "a_1", "123", "\u0661\u0662\u0663",
            "\u00e9", "a\n", "\n", " ", "\u00a0", "\ufeff", "\u2028", "\u0085", "\u180e", "\u3000", "2020-2020",
            "x\u0001", "\ud83d\ude00", "A", "a\r\nb", "\t");

    private static final List<String> PATTERNS = List.of("^\\d+$", "^\\D+$", "^\\w+$", "^\\W+$", "^\\s$", "^\\S$",
            "^[\\d\\s]+$", "^[[:digit:]]+$", "^\\p{digit}+$", "^\\p{Nd}+$", "^\\p{L}+$", "^\\p{Letter}+$", "a$",
            "^$", ".", "^.$", "^(?<year>\\d{4})-\\k<year>$", "\\cA", "\\x41", "\\u0041", "\\u{1F600}", "^[a-z]+$",
            "(?i)^abc$", "\\bb", "a\\Z", "\\a", "\\e", "\\k", "\\c", "\\p", "\\x4", "\\1", "[", "(?<n>a)\\k<m>", "^\\h$");

    @Test
    void everyPatternMatchesEveryValueAsNetworkntsJoniExpressionDoes() {
        SoftAssertions softly = new SoftAssertions();
        for (String pattern : PATTERNS) {
            Throwable refused = catchThrowable(() -> NETWORKNT.getRegularExpression(pattern));
            Throwable ours = catchThrowable(() -> TIMED.getRegularExpression(pattern));
            if (refused != null) {
                softly.assertThat(ours).as("refused: %s", pattern).isNotNull();
                if (ours != null) {
                    softly.assertThat(ours.getClass()).as("refusal of %s", pattern).isEqualTo(refused.getClass());
                    softly.assertThat(ours.getMessage()).as("refusal of %s", pattern).isEqualTo(refused.getMessage());
                }
                continue;
            }
            softly.assertThat(ours).as("accepted: %s", pattern).isNull();
            RegularExpression theirs = NETWORKNT.getRegularExpression(pattern);
            RegularExpression timed = TIMED.getRegularExpression(pattern);
            for (String value : VALUES) {
                softly.assertThat(timed.matches(value)).as("%s on %s", pattern, value).isEqualTo(theirs.matches(value));
            }
        }
        softly.assertAll();
    }

    @Test
    void aMatchThatTakesTooLongIsStoppedAndNamesItsValue() {
        String value = "a".repeat(40) + "!";
        RegularExpression catastrophic = new TimedRegularExpressions(Duration.ofMillis(20))
                .getRegularExpression("^(a+)+$");

        PatternTimeout stopped = (PatternTimeout) catchThrowable(() -> catastrophic.matches(value));

        assertThat(stopped).isNotNull();
        assertThat(stopped.value()).isSameAs(value);
        assertThat(stopped.keywordIri()).as("no check is running").isNull();
        assertThat(stopped.getMessage()).isEqualTo("the regular expression ^(a+)+$ took longer than 0.02 s");
    }
}
