package org.huzhu.plans.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.huzhu.kernel.config.ConfigException;
import org.huzhu.plans.domain.Plan;
import org.huzhu.plans.domain.PlanVersion;
import org.huzhu.plans.infrastructure.PlanCatalogLoader;
import org.huzhu.plans.infrastructure.PlanFileParser;

/**
 * The tenant-config side of plans, for the provisioning tool: reads a tenant's plan files, checks them as one
 * catalogue, and refuses a change to a version that was already published.
 */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** Every file of the folder, checked; a folder that does not exist is an empty catalogue. */
    public static List<PlanFileText> readChecked(Path plansDir) {
        if (!Files.isDirectory(plansDir)) {
            return List.of();
        }
        PlanCatalogLoader.load(plansDir); // checks every file, then the catalogue as a whole
        List<PlanFileText> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(plansDir)) {
            for (Path file : paths.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                String code = PlanFileParser.parse(file.toString(), new StringReader(content)).code();
                files.add(new PlanFileText(code, file.getFileName().toString(), content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + plansDir, e);
        }
        return files;
    }

    /** Refuses incoming files that drop or change a version the applied catalogue has published. */
    public static void requirePublishedUnchanged(List<PlanFileText> applied, List<PlanFileText> incoming) {
        Map<String, PlanFileText> next = incoming.stream().collect(Collectors.toMap(PlanFileText::planCode,
                Function.identity()));
        for (PlanFileText old : applied) {
            PlanFileText now = next.get(old.planCode());
            if (now == null) {
                continue;
            }
            Plan before = parse(old);
            Plan after = parse(now);
            for (PlanVersion published : before.versions()) {
                PlanVersion same = after.version(published.number()).orElse(null);
                if (same == null || !same.sameRulesAs(published)) {
                    throw new ConfigException(now.fileName(), "versions", "version " + published.number() + " of "
                            + old.planCode() + " is published and may not change or disappear: add a new version");
                }
            }
        }
    }

    static Plan parse(PlanFileText file) {
        return PlanFileParser.parse(file.fileName(), new StringReader(file.content()));
    }
}
