package org.huzhu.plans.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.huzhu.kernel.config.ConfigException;
import org.huzhu.plans.domain.Plan;

/** Reads all plan files of a tenant (tenant-config/&lt;tenant&gt;/plans) and checks them as one catalogue. */
public final class PlanCatalogLoader {

    private PlanCatalogLoader() {
    }

    public static List<Plan> load(Path plansDir) {
        List<Plan> plans = new ArrayList<>();
        Map<String, String> fileOf = new HashMap<>();
        try (Stream<Path> files = Files.list(plansDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Plan plan;
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    plan = PlanFileParser.parse(file.toString(), reader);
                }
                String earlier = fileOf.putIfAbsent(plan.code(), file.toString());
                if (earlier != null) {
                    throw new ConfigException(file.toString(), "code", "plan " + plan.code() + " is also in " + earlier);
                }
                plans.add(plan);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plans in " + plansDir, e);
        }
        for (Plan plan : plans) {
            if (plan.riderOf() != null && !fileOf.containsKey(plan.riderOf())) {
                throw new ConfigException(fileOf.get(plan.code()), "riderOf", "no plan " + plan.riderOf() + " in this catalogue");
            }
        }
        return plans;
    }
}
