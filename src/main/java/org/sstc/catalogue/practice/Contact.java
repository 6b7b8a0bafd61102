package org.sstc.catalogue.practice;

/** One person or office to contact; any part the source lacks is null. */
public record Contact(String name, String role, String organisation, String email, String phone) {
}
