package dev.meshport.validator.istio;

import dev.meshport.model.Manifest;
import dev.meshport.validator.istio.Fields.Field;
import java.util.ArrayList;
import java.util.List;

/** The traffic policies of a DestinationRule: top level, per port, per subset and per subset port. */
public final class TrafficPolicies {

    private TrafficPolicies() {}

    /** Every traffic policy object of {@code dr} (a port-level one is the portLevelSettings item). */
    public static List<Field> of(Manifest dr) {
        List<Field> out = new ArrayList<>();
        out.addAll(Fields.each(dr, "spec.trafficPolicy"));
        out.addAll(Fields.each(dr, "spec.trafficPolicy.portLevelSettings[*]"));
        out.addAll(Fields.each(dr, "spec.subsets[*].trafficPolicy"));
        out.addAll(Fields.each(dr, "spec.subsets[*].trafficPolicy.portLevelSettings[*]"));
        return out;
    }

    /** True for a port-level policy (a portLevelSettings item). */
    public static boolean isPortLevel(Field policy) {
        return policy.name().isEmpty();
    }

    /** The DestinationRule's top-level TLS mode, or "". */
    public static String topTlsMode(Manifest dr) {
        return Fields.at(dr, "spec.trafficPolicy.tls.mode").text();
    }

    /** True when the DestinationRule has no workload selector (it applies to every client that sees it). */
    public static boolean unselective(Manifest dr) {
        return !Fields.at(dr, "spec.workloadSelector").present();
    }
}
