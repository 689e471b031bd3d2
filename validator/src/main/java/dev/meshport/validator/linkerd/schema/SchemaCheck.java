package dev.meshport.validator.linkerd.schema;

import dev.meshport.model.Manifest;
import dev.meshport.model.ManifestSet;
import dev.meshport.model.kinds.Mesh;
import dev.meshport.validator.LintContext;
import dev.meshport.validator.linkerd.support.LinkerdInputs;
import dev.meshport.validator.linkerd.support.LinkerdSchema;
import java.util.List;
import java.util.function.BiConsumer;

/** Runs the constraints of one type from {@link LinkerdSchema} over every resource they cover. */
final class SchemaCheck {

    private SchemaCheck() {}

    static <C extends LinkerdSchema.Constraint> void run(LintContext context, Class<C> type,
                                                         BiConsumer<Manifest, C> check) {
        ManifestSet set = context.manifests();
        List<LinkerdSchema.Constraint> constraints = LinkerdSchema.all();
        Boolean linkerdInUse = null;
        for (Manifest m : set.all()) {
            // The kind first: asking for a type problem binds the resource with Jackson, which Istio's need not pay.
            if ((m.mesh() != Mesh.LINKERD && m.mesh() != Mesh.GATEWAY_API) || m.typeProblem().isPresent()) {
                continue;
            }
            if (m.mesh() == Mesh.GATEWAY_API) {
                // Gateway API routes are checked as Linkerd reads them only where Linkerd is in use.
                if (linkerdInUse == null) {
                    linkerdInUse = LinkerdInputs.usesLinkerd(set);
                }
                if (!linkerdInUse && !LinkerdInputs.namesLinkerd(m)) {
                    continue;
                }
            }
            for (LinkerdSchema.Constraint c : constraints) {
                if (type.isInstance(c) && c.scope().covers(m)) {
                    check.accept(m, type.cast(c));
                }
            }
        }
    }
}
