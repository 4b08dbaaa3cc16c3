package org.huzhu.plans.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.huzhu.plans.infrastructure.PlanFileWriter;

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
        refuseChanges(applied, incoming, false);
    }

    /** A published version the incoming file has must have the same rules; one it lacks is refused unless allowed. */
    private static void refuseChanges(List<PlanFileText> applied, List<PlanFileText> incoming, boolean mayLack) {
        Map<String, PlanFileText> next = incoming.stream().collect(Collectors.toMap(PlanFileText::planCode,
                Function.identity()));
        for (PlanFileText old : applied) {
            PlanFileText now = next.get(old.planCode());
            if (now == null) {
                continue;
            }
            Plan after = parse(now);
            for (PlanVersion published : parse(old).versions()) {
                PlanVersion same = after.version(published.number()).orElse(null);
                if (same == null ? !mayLack : !same.sameRulesAs(published)) {
                    throw new ConfigException(now.fileName(), "versions", "version " + published.number() + " of "
                            + old.planCode() + " is published and may not change or disappear: add a new version");
                }
            }
        }
    }

    /**
     * The catalogue apply-tenant stores. After the first apply the database owns published versions: a version
     * published in the portal (or a plan whose file was removed) stays, and the files add the versions they have
     * beyond it. A file that changes a published version is still refused, and so is one whose new version
     * clashes with a version published in the portal (same number or start, or numbers out of date order).
     *
     * @param applied  the catalogue stored now
     * @param incoming the tenant-config files, checked
     */
    public static Merged mergeIntoPublished(List<PlanFileText> applied, List<PlanFileText> incoming) {
        refuseChanges(applied, incoming, true);
        Map<String, PlanFileText> stored = new LinkedHashMap<>();
        applied.forEach(file -> stored.put(file.planCode(), file));
        List<PlanFileText> files = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (PlanFileText file : incoming) {
            PlanFileText old = stored.remove(file.planCode());
            files.add(old == null ? file : withPublished(parse(old), file, kept));
        }
        for (PlanFileText old : stored.values()) {
            files.add(old);
            kept.add("plan " + old.planCode() + " (no file in tenant-config)");
        }
        return new Merged(files, kept);
    }

    /** The file with the published versions it lacks added, or the file itself when it lacks none. */
    private static PlanFileText withPublished(Plan published, PlanFileText file, List<String> kept) {
        Plan plan = parse(file);
        List<PlanVersion> missing = published.versions().stream()
                .filter(v -> plan.version(v.number()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return file;
        }
        List<PlanVersion> versions = new ArrayList<>(plan.versions());
        versions.addAll(missing);
        String content = PlanFileWriter.write(new Plan(plan.code(), plan.name(), plan.feeBased(), plan.chooseOneGroup(),
                plan.riderOf(), versions, plan.claimDocuments()));
        PlanFileText merged = new PlanFileText(file.planCode(), file.fileName(), content);
        try {
            parse(merged); // numbers unique and rising with their dates, one version per start date
        } catch (ConfigException e) {
            throw new ConfigException(file.fileName(), "versions", "the file's versions clash with version(s) "
                    + missing.stream().map(v -> String.valueOf(v.number())).collect(Collectors.joining(", "))
                    + " of " + file.planCode() + " published in the portal (" + e.getMessage() + "): fetch the "
                    + "published file (GET /api/v1/plans/" + file.planCode() + "/file) and add yours after it");
        }
        missing.forEach(v -> kept.add("version " + v.number() + " of " + file.planCode()));
        return merged;
    }

    /** The catalogue to store, and what of it was kept from the database though no file has it (for the log). */
    public record Merged(List<PlanFileText> files, List<String> kept) {
    }

    static Plan parse(PlanFileText file) {
        return PlanFileParser.parse(file.fileName(), new StringReader(file.content()));
    }
}
