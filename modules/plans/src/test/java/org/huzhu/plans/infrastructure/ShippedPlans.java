package org.huzhu.plans.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.huzhu.plans.domain.Plan;

/** The plan files the tenants ship in tenant-config, for tests. */
public final class ShippedPlans {

    private ShippedPlans() {
    }

    public static Path tenantConfig() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenant-config"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no tenant-config above " + Paths.get("").toAbsolutePath());
        }
        return dir.resolve("tenant-config");
    }

    public static Map<String, Plan> of(String tenant) {
        return PlanCatalogLoader.load(tenantConfig().resolve(tenant).resolve("plans")).stream()
                .collect(Collectors.toMap(Plan::code, Function.identity()));
    }
}
