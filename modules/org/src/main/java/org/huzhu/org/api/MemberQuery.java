package org.huzhu.org.api;

/**
 * A member search: {@code text} is a name prefix, or a whole member card number when it is all digits.
 * Blank text lists everyone the caller may see.
 */
public record MemberQuery(String text) {

    public static final MemberQuery ALL = new MemberQuery("");

    public MemberQuery {
        text = text == null ? "" : text.strip();
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    public boolean isCardNumber() {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit) && text.length() >= 12;
    }
}
