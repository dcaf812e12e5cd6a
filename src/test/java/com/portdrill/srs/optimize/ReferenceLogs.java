package com.portdrill.srs.optimize;

import com.portdrill.store.RevlogCsv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The simulated review logs and what fsrs-rs 6.5 fitted and measured on them, committed under
 * {@code src/test/resources/srs/optimize/} by {@code scripts/optimize-reference.sh}.
 */
final class ReferenceLogs {
    /**
     * One row of {@code reference.tsv}.
     *
     * @param name              the log's file name without extension
     * @param referenceMs       the reference's in-process time for the fit
     * @param referenceWeights  the weights it fitted
     * @param referenceLogLoss  its evaluation of those weights
     * @param referenceRmseBins ... and their RMSE(bins)
     * @param defaultLogLoss    its evaluation of the default weights
     * @param defaultRmseBins   ... and their RMSE(bins)
     */
    record Log(String name, long referenceMs, double[] referenceWeights, double referenceLogLoss,
               double referenceRmseBins, double defaultLogLoss, double defaultRmseBins) {
        List<LoggedReview> reviews() {
            boolean gz = ReferenceLogs.class.getResource("/srs/optimize/" + name + ".csv.gz") != null;
            String resource = "/srs/optimize/" + name + (gz ? ".csv.gz" : ".csv");
            try (InputStream raw = Objects.requireNonNull(ReferenceLogs.class.getResourceAsStream(resource), resource);
                 InputStream in = gz ? new GZIPInputStream(raw) : raw) {
                return RevlogCsv.parse(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ReferenceLogs() {
    }

    static List<Log> all() {
        try (InputStream in = Objects.requireNonNull(ReferenceLogs.class.getResourceAsStream("/srs/optimize/reference.tsv"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> {
                String[] f = line.split("\t");
                return new Log(f[0], Long.parseLong(f[5]), weights(f[6]), Double.parseDouble(f[7]),
                        Double.parseDouble(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] weights(String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
