package dev.meshport.translator;

/**
 * One feature group of one direction (VirtualService routes, authorization policies…). It reads the source manifests
 * from the context and, for every source field it handles, emits target objects and marks the field consumed, or
 * records a gap.
 */
public interface Translation {

    void translate(TranslationContext context);
}
