package dev.meshport.validator.core;

import dev.meshport.validator.Rule;
import java.util.List;

/** Rules that hold for every kind: the file must parse, and the resource must fit its schema. */
public final class CoreRules {

    private CoreRules() {}

    public static List<Rule> all() {
        return List.of(new YamlSyntax(), new YamlDuplicateKey(), new YamlLimits(), new NotAManifest(),
                new UnknownKind(), new UnknownField(), new InvalidFieldValue());
    }
}
