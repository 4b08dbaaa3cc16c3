package org.huzhu.claims.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.huzhu.claims.domain.Assessment;
import org.huzhu.claims.domain.Check;
import org.huzhu.claims.domain.ClaimAssessor;
import org.huzhu.claims.domain.ClaimPhrases;
import org.huzhu.claims.domain.CoverInForce;
import org.huzhu.claims.domain.DocumentPlausibility;
import org.huzhu.claims.domain.ReviewPolicy;
import org.huzhu.claims.domain.Valuation;
import org.huzhu.plans.api.PlanView;
import org.huzhu.tenancy.api.Phrase;
import org.huzhu.tenancy.ui.ModularI18NProvider;
import org.junit.jupiter.api.Test;

/**
 * What the claims module stores is never a finished sentence: every check, reason, audit detail and document doubt
 * is a code with parameters, and each code reads as a sentence in Chinese and in English from the translation
 * files. Rows stored before (a "中文 / English" pair, a clerk's note) still read sensibly.
 */
class ClaimTextsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final LocalDate TERM = LocalDate.of(2026, 1, 1);
    private static final CoverInForce PAID = new CoverInForce(7, 1, 2, TERM, TERM.plusYears(1).minusDays(1), TERM);
    private static final PlanView.BenefitView ACCIDENT_BENEFIT = new PlanView.BenefitView("accident", "accident-tiers",
            "意外伤残给付", "Accident disability", List.of(), List.of(), "1000");
    private static final PlanView ACCIDENT = new PlanView("accident-injury", "意外伤害互助保障计划",
            "Accident injury mutual aid plan", true, null, null, List.of(new PlanView.VersionView(1, "2026-01-01",
            null, "30.00", 1, 3, 1, "", 0, 10, "", "", List.of(ACCIDENT_BENEFIT))),
            List.of(new PlanView.ClaimDocumentView("accident-report", "意外事故证明或伤残鉴定", "accident report")));
    private static final Supplier<List<PlanView>> PLANS = () -> List.of(ACCIDENT);

    private final ClaimTexts texts = texts();

    private static ClaimTexts texts() {
        ClaimTexts texts = new ClaimTexts();
        texts.translations = new ModularI18NProvider();
        return texts;
    }

    private String zh(String stored) {
        return texts.render(stored, ZH, PLANS);
    }

    private String en(String stored) {
        return texts.render(stored, EN, PLANS);
    }

    @Test
    void every_check_the_assessor_stores_is_a_code_with_parameters_that_reads_in_both_languages() {
        List<Check> stored = new ArrayList<>();
        ClaimAssessor assessor = new ClaimAssessor();
        ReviewPolicy policy = new ReviewPolicy(5, 2_000_000);
        Valuation pays = new Valuation(300_000, null, null);
        List<ClaimAssessor.Input> inputs = List.of(
                new ClaimAssessor.Input(null, null, null, pays, List.of(), policy, 99),
                new ClaimAssessor.Input(new CoverInForce(7, 1, 2, TERM, TERM.plusYears(1), null), null, null, pays,
                        List.of(), policy, 99),
                new ClaimAssessor.Input(PAID, ClaimPhrases.of(ClaimPhrases.ELIG_GENDER, "FEMALE"), null, pays, List.of(),
                        policy, 99),
                new ClaimAssessor.Input(PAID, null, ClaimPhrases.of(ClaimPhrases.INVOICE_USED, 12), pays, List.of(),
                        policy, 99),
                new ClaimAssessor.Input(PAID, null, null, new Valuation(0, "WAITING_PERIOD", null), List.of(), policy, 99),
                new ClaimAssessor.Input(PAID, null, null, new Valuation(0, null, null), List.of(), policy, 99),
                new ClaimAssessor.Input(PAID, null, null, pays, List.of("accident-report"), policy, 99),
                new ClaimAssessor.Input(PAID, null, null, pays, List.of(), policy, 99, List.of(
                        DocumentPlausibility.DEFAULT.doubt("invoice.png", "image/png",
                                DocumentPlausibility.Content.image(9_000, 3, 3)))),
                new ClaimAssessor.Input(PAID, null, null, new Valuation(2_000_001, null, null), List.of(), policy, 99),
                new ClaimAssessor.Input(PAID, null, null, pays, List.of(), policy, 1),
                new ClaimAssessor.Input(PAID, null, null, pays, List.of(), policy, 99));
        for (ClaimAssessor.Input input : inputs) {
            Assessment a = assessor.assess(input);
            stored.addAll(a.checks());
        }
        assertThat(stored).hasSizeGreaterThan(40);
        for (Check check : stored) {
            assertThat(check.message()).as(check.code()).doesNotContainPattern("\\p{IsHan}").doesNotContain(" / ");
            assertThat(Phrase.parse(check.message())).as(check.message()).isPresent();
            assertReads(check.message());
        }
    }

    @Test
    void every_code_of_the_module_has_a_sentence_in_chinese_and_in_english() throws IllegalAccessException {
        for (Field f : ClaimPhrases.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                String code = (String) f.get(null);
                String[] params = new String[6];
                Arrays.fill(params, ClaimPhrases.ELIG_GENDER.equals(code) ? "FEMALE" : "1");
                String stored = ClaimPhrases.of(code, (Object[]) params);
                assertReads(stored);
            }
        }
    }

    @Test
    void the_audit_trails_details_read_as_sentences_with_names_for_codes() {
        String overdue = ClaimPhrases.of(ClaimPhrases.OVERDUE, "2026-12-01", "AGENCY", "CITY");
        assertThat(zh(overdue)).contains("2026-12-01").contains("代办处").contains("市办事处").doesNotContain("AGENCY");
        assertThat(en(overdue)).isEqualTo("overdue since 2026-12-01: moved from Agency office to City office");
        String filed = ClaimPhrases.of(ClaimPhrases.FILED, "MEMBER", "accident-injury", "accident", "2026-11-27",
                "2026-12-11");
        assertThat(zh(filed)).contains("意外伤害互助保障计划").contains("意外伤残给付").doesNotContain("accident");
        assertThat(en(filed)).contains("Accident injury mutual aid plan").contains("Accident disability")
                .doesNotContain("accident-injury");
        assertThat(en(ClaimPhrases.of(ClaimPhrases.PAID_IN_RUN, 5, "2026-12-02"))).isEqualTo("payout run 5, paid on 2026-12-02");
        assertThat(zh(ClaimPhrases.of(ClaimPhrases.PAID_IN_RUN, 5, "2026-12-02"))).isEqualTo("给付批次 5，2026-12-02 支付");
        assertThat(zh(ClaimPhrases.of(ClaimPhrases.DOCS_MISSING, "accident-report"))).isEqualTo("缺少材料：意外事故证明或伤残鉴定");
        assertThat(en(ClaimPhrases.of(ClaimPhrases.IMPORTED, "SETTLEMENT", "JS-1", "2026-12-11", "REVIEW_SAMPLE")))
                .isEqualTo("settlement import JS-1, due 2026-12-11; Random review");
    }

    @Test
    void a_parameter_never_breaks_the_stored_form() {
        String stored = ClaimPhrases.of(ClaimPhrases.FAILED_IN_RUN, 3, "account closed|line\nbreak");
        assertThat(Phrase.parse(stored).orElseThrow().params()).containsExactly("3", "account closed¦line break");
    }

    @Test
    void rows_stored_before_codes_show_the_readers_half_and_a_note_stays_as_written() {
        assertThat(zh("auto-approved / 自动通过")).isEqualTo("自动通过");
        assertThat(en("auto-approved / 自动通过")).isEqualTo("auto-approved");
        assertThat(en("overdue since 2026-12-01; level AGENCY -> CITY / 已超期，升级处理"))
                .isEqualTo("overdue since 2026-12-01: moved from Agency office to City office");
        assertThat(zh("overdue since 2026-12-01; level AGENCY -> CITY / 已超期，升级处理"))
                .isEqualTo("已于 2026-12-01 超期，由代办处升级至市办事处处理");
        assertThat(zh("payout run 7, paid on 2026-12-01")).isEqualTo("给付批次 7，2026-12-01 支付");
        assertThat(zh("payout run 7")).isEqualTo("列入给付批次 7");
        assertThat(zh("payout run 7: 账户已销户")).isEqualTo("给付批次 7 支付失败：账户已销户");
        assertThat(zh("MEMBER accident-injury/accident 2026-11-27, due 2026-12-11"))
                .isEqualTo("会员本人提交：意外伤害互助保障计划·意外伤残给付，出险日 2026-11-27，应于 2026-12-11 前办结");
        assertThat(zh("SETTLEMENT JS-1, due 2026-12-11; REVIEW_SAMPLE: 随机抽中人工审核 / drawn for review"))
                .isEqualTo("医保结算 JS-1，应于 2026-12-11 前办结；随机抽查");
        assertThat(en("SETTLEMENT JS-1, due 2026-12-11; auto-approved / 自动通过"))
                .isEqualTo("settlement import JS-1, due 2026-12-11; approved automatically");
        assertThat(zh("随机抽中人工审核（抽查比例 5%） / drawn for review (5% sample)")).isEqualTo("随机抽中人工审核（抽查比例 5%）");
        assertThat(zh("OK")).isEqualTo("OK");
        assertThat(en("发票看不清，请重传")).isEqualTo("发票看不清，请重传");
        assertThat(ClaimTexts.code("OK")).isEqualTo("OK");
        assertThat(ClaimTexts.code("auto-approved / 自动通过")).isNull();
    }

    private void assertReads(String stored) {
        String zh = zh(stored);
        String en = en(stored);
        assertThat(zh).as(stored).containsPattern("\\p{IsHan}").doesNotContain(" / ").doesNotContain("claims.text");
        assertThat(en).as(stored).doesNotContainPattern("\\p{IsHan}").doesNotContain(" / ").doesNotContain("claims.text")
                .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
    }
}
