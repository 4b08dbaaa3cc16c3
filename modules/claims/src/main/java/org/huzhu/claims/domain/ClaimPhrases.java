package org.huzhu.claims.domain;

import java.util.List;
import org.huzhu.tenancy.api.Phrase;

/**
 * The codes of every text the claims module stores (a check's message, a claim's reason, an audit line's
 * detail, a document's doubt): each is a message key {@code claims.text.<CODE>} with its parameters, put into the
 * reader's words when shown. The parameters are data (dates, amounts, ids, codes), never words.
 */
public final class ClaimPhrases {

    // checks
    public static final String ENROLLED = "ENROLLED";
    public static final String NOT_ENROLLED = "NOT_ENROLLED";
    public static final String FEE_PAID = "FEE_PAID";
    public static final String FEE_UNPAID = "FEE_UNPAID";
    public static final String ELIGIBLE = "ELIGIBLE";
    /** The plan has no version on the term's start: plan code, date. */
    public static final String ELIG_NO_VERSION = "ELIG_NO_VERSION";
    /** The plan is for one gender: MALE or FEMALE. */
    public static final String ELIG_GENDER = "ELIG_GENDER";
    /** The member's status is not covered: the status. */
    public static final String ELIG_STATUS = "ELIG_STATUS";
    public static final String RECEIPT_UNUSED = "RECEIPT_UNUSED";
    /** The invoice number is on another claim: its id. */
    public static final String INVOICE_USED = "INVOICE_USED";
    /** The same file is on another claim: its id. */
    public static final String FILE_USED = "FILE_USED";
    /** The settlement number is on another claim: its id. */
    public static final String SETTLEMENT_USED = "SETTLEMENT_USED";
    /** The plan engine pays nothing by one of its rules (the check's code names it; the steps say how). */
    public static final String ENGINE_RULE = "ENGINE_RULE";
    public static final String PAYS_NOTHING = "PAYS_NOTHING";
    /** Valued by the plan's rules: yuan. */
    public static final String VALUED = "VALUED";
    /** Documents missing: their codes. */
    public static final String DOCS_MISSING = "DOCS_MISSING";
    public static final String DOCS_COMPLETE = "DOCS_COMPLETE";
    /** Documents that do not look like receipts: each doubt as a phrase of its own. */
    public static final String DOUBTFUL = "DOUBTFUL";
    /** Above the review line: yuan. */
    public static final String ABOVE_REVIEW_LINE = "ABOVE_REVIEW_LINE";
    /** Drawn for review: the sample's percent. */
    public static final String SAMPLED = "SAMPLED";

    // a document's doubt: file name first
    public static final String DOC_SMALL = "DOC_SMALL";
    public static final String DOC_UNREADABLE = "DOC_UNREADABLE";
    public static final String DOC_PIXELS = "DOC_PIXELS";
    public static final String DOC_EMPTY_PDF = "DOC_EMPTY_PDF";

    // audit details
    /** Filed: channel, plan code, benefit code, event date, due date. */
    public static final String FILED = "FILED";
    /** Made by an import: channel, source reference, due date, reason code (empty: approved). */
    public static final String IMPORTED = "IMPORTED";
    public static final String AUTO_APPROVED = "AUTO_APPROVED";
    /** The checks' outcome: the reason code. */
    public static final String OUTCOME = "OUTCOME";
    /** A document added: its type code, file name, SHA-256. */
    public static final String DOCUMENT = "DOCUMENT";
    /** Overdue: due date, level before, level after. */
    public static final String OVERDUE = "OVERDUE";
    public static final String CARD_MENDED = "CARD_MENDED";
    /** Put on a payout run: its id. */
    public static final String IN_RUN = "IN_RUN";
    /** Paid by a run: its id, the day. */
    public static final String PAID_IN_RUN = "PAID_IN_RUN";
    /** Failed in a run: its id, the bank's reason as the bank wrote it. */
    public static final String FAILED_IN_RUN = "FAILED_IN_RUN";

    // a settlement file's bad line (the field is named apart)
    /** Fields expected, found. */
    public static final String LINE_COLUMNS = "LINE_COLUMNS";
    public static final String LINE_SETTLEMENT_NO = "LINE_SETTLEMENT_NO";
    public static final String LINE_DUPLICATE = "LINE_DUPLICATE";
    /** At most this many characters. */
    public static final String LINE_NAME_LONG = "LINE_NAME_LONG";
    public static final String LINE_DISCHARGE_EARLY = "LINE_DISCHARGE_EARLY";
    public static final String LINE_SETTLED_EARLY = "LINE_SETTLED_EARLY";
    public static final String LINE_AMOUNTS = "LINE_AMOUNTS";
    public static final String LINE_REQUIRED = "LINE_REQUIRED";
    public static final String LINE_ID = "LINE_ID";
    public static final String LINE_FUTURE = "LINE_FUTURE";
    public static final String LINE_DATE = "LINE_DATE";
    public static final String LINE_AMOUNT = "LINE_AMOUNT";
    public static final String LINE_UNKNOWN_MEMBER = "LINE_UNKNOWN_MEMBER";
    public static final String LINE_FACTS = "LINE_FACTS";

    private ClaimPhrases() {
    }

    /** The phrase as stored. */
    public static String of(String code, Object... params) {
        return Phrase.of(code, params).stored();
    }

    /** Phrases inside a phrase (one level): each stored with its separators folded, unfolded when shown. */
    public static String nested(String code, List<String> inner) {
        return Phrase.of(code, inner.toArray()).stored();
    }
}
