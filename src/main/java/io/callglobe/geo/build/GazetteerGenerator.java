package io.callglobe.geo.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callglobe.geo.CountryShape;
import io.callglobe.geo.CountryShapes;
import io.callglobe.geo.GeoPoint;
import io.callglobe.geo.Precision;
import io.callglobe.geo.build.DescriptionResolver.Resolution;
import io.callglobe.geo.build.GeocoderDescriptions.Description;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * Derives the committed resources under {@code src/main/resources/geo/} from the reference data
 * (GeoNames cities1000 and admin1, Natural Earth 1:50m countries) and the geocoder jar on the classpath.
 * Run from the repository root:
 * <pre>
 * mvn -q -o compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) io.callglobe.geo.build.GazetteerGenerator ../shared/data src/main/resources/geo
 * </pre>
 * It prints how many geocoder descriptions resolved to a city, a region, or only the country. See
 * {@code src/main/resources/geo/README.md}.
 */
public final class GazetteerGenerator {

    /** Places kept per country and per subdivision, most populous first, to spread country- and region-level points. */
    private static final int PLACES_PER_COUNTRY = 300;
    private static final int PLACES_PER_SUBDIVISION = 30;

    private final Gazetteer gazetteer;

    private GazetteerGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GazetteerGenerator <shared data dir> <output dir>");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Gazetteer gazetteer = Gazetteer.read(data.resolve("geonames/cities1000.tsv"), data.resolve("geonames/admin1.tsv"));
        GazetteerGenerator generator = new GazetteerGenerator(gazetteer);
        generator.writeDescriptions(out.resolve("descriptions.tsv.gz"));
        generator.writePlaces(out.resolve("places.tsv.gz"));
        generator.writeShapes(data.resolve("natural-earth/countries-50m.json"), out.resolve("countries.bin.gz"));
    }

    private void writeDescriptions(Path target) throws IOException {
        List<Description> descriptions = new GeocoderDescriptions().all();
        Map<String, Boolean> qualifiedByDefault = descriptions.stream().collect(Collectors.groupingBy(
                Description::regionCode,
                Collectors.collectingAndThen(Collectors.toList(), list ->
                        list.stream().filter(d -> d.text().contains(", ") || d.text().contains(" - ")).count() * 2 > list.size())));
        DescriptionResolver resolver = new DescriptionResolver(gazetteer);
        Map<Precision, int[]> stats = new EnumMap<>(Precision.class);
        try (Writer w = gzipWriter(target)) {
            for (Description d : descriptions) {
                Optional<Resolution> r = resolver.resolve(d.regionCode(), d.text(), qualifiedByDefault.get(d.regionCode()));
                Precision precision = r.map(Resolution::precision).orElse(Precision.COUNTRY);
                int[] counts = stats.computeIfAbsent(precision, p -> new int[2]);
                counts[0]++;
                counts[1] += d.prefixCount();
                if (r.isPresent()) {
                    w.write(String.join("\t", d.regionCode(), d.text(), precision.label(),
                            coordinate(r.get().lat()), coordinate(r.get().lon()), r.get().admin1()) + "\n");
                }
            }
        }
        int total = stats.values().stream().mapToInt(c -> c[0]).sum();
        int totalPrefixes = stats.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf("%d geocoder descriptions (%d prefixes)%n", total, totalPrefixes);
        stats.forEach((p, c) -> System.out.printf("  %-8s %6d descriptions (%5.1f%%), %6d prefixes (%5.1f%%)%n",
                p.label(), c[0], 100.0 * c[0] / total, c[1], 100.0 * c[1] / totalPrefixes));
    }

    private void writePlaces(Path target) throws IOException {
        Set<GeoNamesPlace> kept = new LinkedHashSet<>();
        Map<String, Integer> perCountry = new HashMap<>();
        Map<String, Integer> perSubdivision = new HashMap<>();
        for (GeoNamesPlace p : gazetteer.places()) {
            if (perCountry.merge(p.regionCode(), 1, Integer::sum) <= PLACES_PER_COUNTRY
                    | perSubdivision.merge(p.regionCode() + "." + p.admin1(), 1, Integer::sum) <= PLACES_PER_SUBDIVISION) {
                kept.add(p);
            }
        }
        try (Writer w = gzipWriter(target)) {
            for (GeoNamesPlace p : kept) {
                w.write(String.join("\t", p.regionCode(), p.admin1(), Long.toString(p.population()),
                        coordinate(p.lat()), coordinate(p.lon())) + "\n");
            }
        }
        System.out.printf("%d populated places kept of %d%n", kept.size(), gazetteer.places().size());
    }

    /** Gives each country the Natural Earth outline holding most of its population (overseas departments go with France). */
    private void writeShapes(Path topoJsonFile, Path target) throws IOException {
        TopoJson topology = new TopoJson(new ObjectMapper().readTree(topoJsonFile.toFile()));
        CountryShapes.Grid grid = topology.grid();
        List<TopoJson.Feature> features = topology.features("countries");
        List<CountryShape> shapes = features.stream().map(f -> toShape(grid, f.rings())).toList();
        Map<String, Map<Integer, Long>> populationByFeature = new HashMap<>();
        for (GeoNamesPlace p : gazetteer.places()) {
            GeoPoint point = new GeoPoint(p.lat(), p.lon());
            for (int i = 0; i < shapes.size(); i++) {
                if (shapes.get(i).contains(point)) {
                    populationByFeature.computeIfAbsent(p.regionCode(), k -> new HashMap<>())
                            .merge(i, Math.max(1, p.population()), Long::sum);
                    break;
                }
            }
        }
        Map<Integer, List<String>> codesByFeature = new TreeMap<>();
        populationByFeature.forEach((code, byFeature) -> byFeature.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .ifPresent(best -> codesByFeature.computeIfAbsent(best.getKey(), k -> new ArrayList<>()).add(code)));
        List<CountryShapes.QuantizedShape> written = new ArrayList<>();
        codesByFeature.forEach((index, codes) -> written.add(
                new CountryShapes.QuantizedShape(codes.stream().sorted().toList(), features.get(index).rings())));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(target))) {
            CountryShapes.write(grid, written, o);
        }
        Set<String> withoutShape = new java.util.TreeSet<>(gazetteer.places().stream().map(GeoNamesPlace::regionCode).toList());
        withoutShape.removeAll(populationByFeature.keySet());
        System.out.printf("%d country outlines for %d region codes; no outline for %s%n",
                written.size(), populationByFeature.size(), withoutShape);
    }

    private static CountryShape toShape(CountryShapes.Grid grid, List<int[]> quantizedRings) {
        List<CountryShape.Ring> rings = new ArrayList<>();
        for (int[] xy : quantizedRings) {
            if (xy.length < 6) {
                continue;
            }
            double[] lons = new double[xy.length / 2];
            double[] lats = new double[xy.length / 2];
            for (int i = 0; i < lons.length; i++) {
                lons[i] = xy[2 * i] * grid.scaleX() + grid.translateX();
                lats[i] = xy[2 * i + 1] * grid.scaleY() + grid.translateY();
            }
            rings.add(new CountryShape.Ring(lons, lats));
        }
        return new CountryShape(rings);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private static Writer gzipWriter(Path target) throws IOException {
        return new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(target)), StandardCharsets.UTF_8);
    }
}
