package dev.meshport.translator.tolinkerd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.meshport.model.FieldPath;
import dev.meshport.model.Manifest;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.translator.Output;
import dev.meshport.translator.TranslationContext;
import java.util.List;
import java.util.Optional;

/**
 * Copies of Kubernetes objects of the inputs (Namespaces, pod templates) that Linkerd settings are written onto: one
 * copy per object, shared by the translations that annotate it, without the Istio keys they translated.
 */
final class Workloads {

    private Workloads() {}

    /** The annotations of the emitted copy of a workload's pod template (created on first use). */
    static ObjectNode templateAnnotations(TranslationContext ctx, Manifest workload, FieldPath template, FieldPath cause,
                                          Manifest causeManifest) {
        ObjectNode copy = copy(ctx, workload, causeManifest, cause);
        ObjectNode t = template.isRoot() ? copy : (ObjectNode) copy.at("/" + template.toString().replace('.', '/'));
        ObjectNode md = t.has("metadata") ? (ObjectNode) t.get("metadata") : t.putObject("metadata");
        return md.has("annotations") ? (ObjectNode) md.get("annotations") : md.putObject("annotations");
    }

    /** The emitted copy of the namespace's Namespace (a new one when the inputs do not hold it). */
    static ObjectNode namespaceAnnotations(TranslationContext ctx, String namespace, Manifest cause, FieldPath causeField) {
        Optional<Manifest> ns = ctx.manifests().ofKind(Mesh.KUBERNETES, "Namespace").stream()
                .filter(m -> m.id().name().equals(namespace)).findFirst();
        ObjectNode copy;
        if (ns.isPresent()) {
            copy = copy(ctx, ns.get(), cause, causeField);
        } else {
            Optional<Output> existing = ctx.find("v1", "Namespace", "", namespace);
            if (existing.isPresent()) {
                copy = existing.get().object();
                ctx.emit(copy, cause, causeField);
            } else {
                copy = TranslationContext.object();
                copy.put("apiVersion", "v1").put("kind", "Namespace");
                copy.putObject("metadata").put("name", namespace);
                ctx.emit(copy, cause, causeField);
            }
        }
        ObjectNode md = (ObjectNode) copy.get("metadata");
        return md.has("annotations") ? (ObjectNode) md.get("annotations") : md.putObject("annotations");
    }

    /** The emitted copy of {@code source}, recording {@code cause} as a source too. */
    static ObjectNode copy(TranslationContext ctx, Manifest source, Manifest cause, FieldPath causeField) {
        String ns = source.kind().equals("Namespace") ? "" : source.id().namespaceOr("default");
        Optional<Output> existing = ctx.find(source.id().apiVersion(), source.kind(), ns, source.id().name());
        ObjectNode copy;
        if (existing.isPresent()) {
            copy = existing.get().object();
        } else {
            copy = source.tree().deepCopy();
            copy.remove("status");
            ObjectNode md = (ObjectNode) copy.get("metadata");
            for (String generated : List.of("uid", "resourceVersion", "creationTimestamp", "generation", "managedFields")) {
                md.remove(generated);
            }
            if (!ns.isEmpty() && !md.has("namespace")) {
                md.put("namespace", ns);
            }
        }
        ctx.emit(copy, source, FieldPath.ROOT);
        if (cause != source) {
            ctx.emit(copy, cause, causeField);
        }
        return copy;
    }

    /** Removes a translated Istio key from the copy's labels or annotations ({@code field} as in the source). */
    static void removeFromCopy(ObjectNode copy, FieldPath field) {
        JsonNode parent = copy;
        for (FieldPath.Segment s : field.parent().segments()) {
            parent = s instanceof FieldPath.Key k ? parent.path(k.name()) : parent.path(((FieldPath.Index) s).index());
        }
        if (parent instanceof ObjectNode o && field.last() instanceof FieldPath.Key k) {
            o.remove(k.name());
            if (o.isEmpty()) {
                JsonNode grand = copy;
                FieldPath gp = field.parent().parent();
                for (FieldPath.Segment s : gp.segments()) {
                    grand = s instanceof FieldPath.Key kk ? grand.path(kk.name()) : grand.path(((FieldPath.Index) s).index());
                }
                if (grand instanceof ObjectNode g && field.parent().last() instanceof FieldPath.Key pk) {
                    g.remove(pk.name());
                }
            }
        }
    }
}
