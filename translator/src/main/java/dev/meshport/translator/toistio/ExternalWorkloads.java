package dev.meshport.translator.toistio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Translation;
import dev.meshport.translator.TranslationContext;

/**
 * ExternalWorkload (workload.linkerd.io; Linkerd reference/external-workload.md) → WorkloadEntry
 * (networking/v1alpha3/workload_entry.proto): the first workload IP as address, the named ports, the labels Services
 * select it by. The mesh identity does not carry over: Istio gives a VM the identity of a ServiceAccount.
 */
final class ExternalWorkloads implements Translation {

    /** Linkerd's proxy inbound port, which ExternalWorkloads list and Istio's sidecar does not need. */
    static final int LINKERD_PROXY_PORT = 4143;

    @Override
    public void translate(TranslationContext ctx) {
        for (Manifest m : ctx.manifests().ofKind(Mesh.LINKERD, "ExternalWorkload")) {
            JsonNode spec = m.tree().path("spec");
            ObjectNode we = TranslationContext.object();
            we.put("apiVersion", LinkerdToIstio.ISTIO_NETWORKING).put("kind", "WorkloadEntry");
            we.putObject("metadata").put("name", m.id().name()).put("namespace", m.id().namespaceOr("default"));
            ObjectNode out = we.putObject("spec");
            JsonNode ips = spec.path("workloadIPs");
            if (!ips.isEmpty()) {
                out.put("address", ips.get(0).path("ip").asText());
                ctx.tracker().consume(m, FieldPath.of("spec", "workloadIPs").index(0));
            }
            for (int i = 1; i < ips.size(); i++) {
                ctx.gap(IstioGap.EXTERNAL_WORKLOAD, m, FieldPath.of("spec", "workloadIPs").index(i),
                        "a WorkloadEntry has one address; write one WorkloadEntry per address");
            }
            JsonNode ports = spec.path("ports");
            ObjectNode portMap = TranslationContext.object();
            for (int i = 0; i < ports.size(); i++) {
                JsonNode p = ports.get(i);
                FieldPath at = FieldPath.of("spec", "ports").index(i);
                if (p.path("port").asInt() == LINKERD_PROXY_PORT) {
                    ctx.tracker().consume(m, at);
                } else if (p.has("name")) {
                    portMap.put(p.path("name").asText(), p.path("port").asInt());
                    ctx.tracker().consume(m, at);
                } else {
                    ctx.gap(IstioGap.EXTERNAL_WORKLOAD, m, at, "WorkloadEntry ports are keyed by the Service port name;"
                            + " port " + p.path("port").asInt() + " has none and is reached by its number only");
                }
            }
            if (!portMap.isEmpty()) {
                out.set("ports", portMap);
            }
            JsonNode labels = m.tree().path("metadata").path("labels");
            if (!labels.isEmpty()) {
                // Services select external workloads by these labels, in both meshes.
                out.set("labels", labels.deepCopy());
            }
            if (spec.has("meshTLS")) {
                ctx.gap(IstioGap.EXTERNAL_WORKLOAD, m, FieldPath.of("spec", "meshTLS"), "identity "
                        + spec.path("meshTLS").path("identity").asText() + " does not carry over: set serviceAccount "
                        + "on the WorkloadEntry and onboard the VM with istioctl x workload");
            }
            ctx.emit(we, m, FieldPath.of("spec"));
        }
    }
}
