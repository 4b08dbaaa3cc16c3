package org.huzhu.kernel.identity;

/**
 * A national ID that breaks a rule of GB 11643. Carries the rule and a message in Chinese and English;
 * neither message contains the number itself (it is personal data), at most its masked form.
 */
public class InvalidNationalIdException extends IllegalArgumentException {

    /** The rules an ID number can break, in the order they are checked. */
    public enum Rule {
        BLANK("身份证号不能为空", "the national ID is missing"),
        FULL_WIDTH_DIGITS("身份证号含全角字符，请改为半角数字", "the national ID has full-width characters: use half-width digits"),
        LENGTH("身份证号应为18位", "a national ID has 18 characters"),
        CHARACTERS("身份证号前17位应为数字，末位为数字或X", "a national ID is 17 digits and a digit or X"),
        REGION("身份证号地区码无效", "the region code of the national ID is not valid"),
        BIRTH_DATE("身份证号中的出生日期无效", "the birth date in the national ID is not valid"),
        CHECK_DIGIT("身份证号校验位错误", "the check digit of the national ID is wrong");

        private final String zh;
        private final String en;

        Rule(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private final Rule rule;
    private final String masked;

    public InvalidNationalIdException(Rule rule, String masked) {
        super(rule.en + (masked.isEmpty() ? "" : " (" + masked + ")"));
        this.rule = rule;
        this.masked = masked;
    }

    public Rule rule() {
        return rule;
    }

    public String messageZh() {
        return rule.zh + (masked.isEmpty() ? "" : "（" + masked + "）");
    }

    public String messageEn() {
        return getMessage();
    }
}
