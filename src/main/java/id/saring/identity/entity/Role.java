package id.saring.identity.entity;

/** What an account may do. The names double as Jakarta Security group and role names. */
public enum Role {
    STUDENT,
    TEACHER,
    ADMIN;

    /** Role names as used in {@code @RolesAllowed}, {@code web.xml} and {@code isUserInRole}. */
    public static final String STUDENT_NAME = "STUDENT";

    public static final String TEACHER_NAME = "TEACHER";
    public static final String ADMIN_NAME = "ADMIN";
}
