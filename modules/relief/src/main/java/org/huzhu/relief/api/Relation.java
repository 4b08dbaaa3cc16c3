package org.huzhu.relief.api;

/** A household member's relation to the file's holder (the member). */
public enum Relation {
    SELF,
    SPOUSE,
    CHILD,
    PARENT,
    GRANDPARENT,
    GRANDCHILD,
    SIBLING,
    OTHER
}
