package dev.schemaforge.validator;

import java.nio.charset.Charset;

import org.jcodings.ApplyAllCaseFoldFunction;
import org.jcodings.CaseFoldCodeItem;
import org.jcodings.CodeRange;
import org.jcodings.Encoding;
import org.jcodings.IntHolder;
import org.jcodings.constants.CharacterType;
import org.jcodings.specific.UTF8Encoding;
import org.jcodings.unicode.UnicodeCodeRange;

/**
 * UTF-8 for Joni with ECMAScript's {@code \d}, {@code \w} and {@code \s}: ASCII digits, ASCII word
 * characters, and ECMA-262's WhiteSpace and LineTerminator, where Joni's UTF-8 takes all of Unicode.
 * networknt's Joni expressions read patterns so; {@link TimedRegularExpressions} must match as they do.
 * Everything else is UTF-8's, and like networknt's encoding this one does not declare itself Unicode.
 */
final class EcmaScriptEncoding extends Encoding {

    static final EcmaScriptEncoding INSTANCE = new EcmaScriptEncoding();

    /** Code ranges as jcodings reads them: the number of ranges, then each range's first and last code point. */
    private static final int[] DIGIT = {1, '0', '9'};
    private static final int[] WORD = {4, '0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
    /** ECMA-262's WhiteSpace and LineTerminator: TAB to CR, the Unicode spaces (Zs), LS and PS, and the BOM. */
    private static final int[] SPACE = {10, 0x09, 0x0D, 0x20, 0x20, 0xA0, 0xA0, 0x1680, 0x1680, 0x2000, 0x200A,
        0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F, 0x3000, 0x3000, 0xFEFF, 0xFEFF};
    /** Below this code point a class is decided by the ranges above, not by UTF-8's single-byte table. */
    private static final int ASCII_END = 0x80;
    private static final byte[] DIGIT_NAME = {'d', 'i', 'g', 'i', 't'};

    private final Encoding utf8 = UTF8Encoding.INSTANCE;

    private EcmaScriptEncoding() {
        super(new String(UTF8Encoding.INSTANCE.getName()), UTF8Encoding.INSTANCE.minLength(),
                UTF8Encoding.INSTANCE.maxLength());
    }

    @Override
    public int[] ctypeCodeRange(int ctype, IntHolder singleByteEnd) {
        int[] ranges = ecmaScriptRanges(ctype);
        if (ranges == null) {
            return utf8.ctypeCodeRange(ctype, singleByteEnd);
        }
        singleByteEnd.value = ASCII_END;
        return ranges;
    }

    @Override
    public boolean isCodeCType(int code, int ctype) {
        int[] ranges = ecmaScriptRanges(ctype);
        return ranges == null ? utf8.isCodeCType(code, ctype) : CodeRange.isInCodeRange(ranges, code);
    }

    /** {@code [[:digit:]]} and {@code \p{digit}} stay Unicode's decimal digits, as in networknt's encoding. */
    @Override
    public int propertyNameToCType(byte[] bytes, int p, int end) {
        return isDigitName(bytes, p, end) ? UnicodeCodeRange.ND.ordinal() : utf8.propertyNameToCType(bytes, p, end);
    }

    private static int[] ecmaScriptRanges(int ctype) {
        return switch (ctype) {
            case CharacterType.DIGIT -> DIGIT;
            case CharacterType.WORD -> WORD;
            case CharacterType.SPACE -> SPACE;
            default -> null;
        };
    }

    private static boolean isDigitName(byte[] bytes, int p, int end) {
        if (end - p != DIGIT_NAME.length) {
            return false;
        }
        for (int i = 0; i < DIGIT_NAME.length; i++) {
            if (bytes[p + i] != DIGIT_NAME[i]) {
                return false;
            }
        }
        return true;
    }

    // Everything below is UTF-8's.

    @Override
    public Charset getCharset() {
        return utf8.getCharset();
    }

    @Override
    public String getCharsetName() {
        return utf8.getCharsetName();
    }

    @Override
    public int length(byte c) {
        return utf8.length(c);
    }

    @Override
    public int length(byte[] bytes, int p, int end) {
        return utf8.length(bytes, p, end);
    }

    @Override
    public boolean isNewLine(byte[] bytes, int p, int end) {
        return utf8.isNewLine(bytes, p, end);
    }

    @Override
    public int mbcToCode(byte[] bytes, int p, int end) {
        return utf8.mbcToCode(bytes, p, end);
    }

    @Override
    public int codeToMbcLength(int code) {
        return utf8.codeToMbcLength(code);
    }

    @Override
    public int codeToMbc(int code, byte[] bytes, int p) {
        return utf8.codeToMbc(code, bytes, p);
    }

    @Override
    public int mbcCaseFold(int flag, byte[] bytes, IntHolder pp, int end, byte[] to) {
        return utf8.mbcCaseFold(flag, bytes, pp, end, to);
    }

    @Override
    public byte[] toLowerCaseTable() {
        return utf8.toLowerCaseTable();
    }

    @Override
    public void applyAllCaseFold(int flag, ApplyAllCaseFoldFunction fun, Object arg) {
        utf8.applyAllCaseFold(flag, fun, arg);
    }

    @Override
    public CaseFoldCodeItem[] caseFoldCodesByString(int flag, byte[] bytes, int p, int end) {
        return utf8.caseFoldCodesByString(flag, bytes, p, end);
    }

    @Override
    public int leftAdjustCharHead(byte[] bytes, int p, int s, int end) {
        return utf8.leftAdjustCharHead(bytes, p, s, end);
    }

    @Override
    public boolean isReverseMatchAllowed(byte[] bytes, int p, int end) {
        return utf8.isReverseMatchAllowed(bytes, p, end);
    }

    @Override
    public int caseMap(IntHolder flags, byte[] bytes, IntHolder pp, int end, byte[] to, int targetP, int targetEnd) {
        return utf8.caseMap(flags, bytes, pp, end, to, targetP, targetEnd);
    }

    @Override
    public int strLength(byte[] bytes, int p, int end) {
        return utf8.strLength(bytes, p, end);
    }

    @Override
    public int strCodeAt(byte[] bytes, int p, int end, int index) {
        return utf8.strCodeAt(bytes, p, end, index);
    }

    @Override
    public boolean isMbcCrnl(byte[] bytes, int p, int end) {
        return utf8.isMbcCrnl(bytes, p, end);
    }
}
