package org.huzhu.microloans.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.huzhu.kernel.config.ConfigFields;

/**
 * A tenant's microloan settings from tenant.yaml {@code microloans:}: the reference rates' history and the loan
 * products (every figure is the tenant's, none is a constant). Read and checked by the provisioning tool; each
 * mistake names the file, the field and the rule. Format: tenant-config/README.md and docs/DESIGN.md.
 */
public record MicroloanSettings(List<RatePoint> referenceRates, List<ProductTerms> products) {

    public static final MicroloanSettings NONE = new MicroloanSettings(List.of(), List.of());

    /** One published value of a named reference rate. */
    public record RatePoint(String name, LocalDate effectiveFrom, BigDecimal percent) {
    }

    public MicroloanSettings {
        referenceRates = List.copyOf(referenceRates);
        products = List.copyOf(products);
    }

    public static MicroloanSettings read(ConfigFields section) {
        List<RatePoint> rates = new ArrayList<>();
        if (section.has("referenceRates")) {
            for (ConfigFields r : section.list("referenceRates")) {
                rates.add(new RatePoint(r.text("name"), r.date("from"), r.percent("percent")));
            }
        }
        Set<String> rateNames = new HashSet<>(rates.stream().map(RatePoint::name).toList());
        List<ProductTerms> products = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (ConfigFields p : section.list("products")) {
            ProductTerms product = product(p, rateNames);
            if (!codes.add(product.code())) {
                throw p.error("code", "is used by two products");
            }
            products.add(product);
        }
        return new MicroloanSettings(rates, products);
    }

    private static ProductTerms product(ConfigFields p, Set<String> rateNames) {
        String code = p.text("code");
        if (!code.matches("[a-z][a-z0-9-]{1,39}")) {
            throw p.error("code", "must be 2-40 lower-case letters, digits or '-'");
        }
        ConfigFields name = p.object("name");
        ConfigFields amount = p.object("amount");
        ConfigFields months = p.object("months");
        long min = amount.money("min").fen();
        long max = amount.money("max").fen();
        if (min <= 0 || max < min) {
            throw p.error("amount", "needs 0 < min <= max");
        }
        int minMonths = months.number("min", 1, 120);
        int maxMonths = months.number("max", minMonths, 120);
        if (min < 100L * maxMonths) {
            throw p.error("amount.min", "must be at least 1 yuan per month of the longest term");
        }
        ConfigFields borrower = p.object("borrowerRate");
        BigDecimal fixed = borrower.has("fixedPercent") ? borrower.percent("fixedPercent") : null;
        String reference = fixed == null ? borrower.text("reference") : null;
        Integer margin = fixed == null ? borrower.number("marginBp", 0, 2_000) : null;
        if (reference != null && !rateNames.contains(reference)) {
            throw p.error("borrowerRate.reference", "names no rate under microloans.referenceRates");
        }
        return new ProductTerms(code, name.text("zh"), name.text("en"), choice(p, "borrowerKind", BorrowerKind.class),
                min, max, minMonths, maxMonths, p.percent("bankPercent"), fixed, reference, margin,
                choice(p, "repayment", RepaymentMethod.class), choice(p, "settlement", SubsidySettlement.class),
                p.has("subsidyMonths") ? p.number("subsidyMonths", 1, 120) : null,
                p.texts("documents").stream().map(d -> choiceOf(p, "documents", d, LoanDocumentKind.class)).toList(),
                p.texts("banks"), p.texts("guarantors"));
    }

    private static <E extends Enum<E>> E choice(ConfigFields p, String key, Class<E> type) {
        return choiceOf(p, key, p.text(key), type);
    }

    private static <E extends Enum<E>> E choiceOf(ConfigFields p, String key, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw p.error(key, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
