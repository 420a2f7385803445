package id.saring.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A school using Saring. Its teachers and students are accounts that name it. */
@Entity
@NamedQuery(name = School.ALL, query = "select s from School s order by s.name, s.city")
@NamedQuery(
        name = School.BY_NAME,
        query = "select s from School s where lower(s.name) = :name and lower(s.city) = :city")
public class School {

    public static final String ALL = "School.all";
    public static final String BY_NAME = "School.byName";

    @Id
    @SequenceGenerator(name = "school_seq", sequenceName = "school_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_seq")
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String city;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected School() {
        // for JPA
    }

    public School(String name, String city, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "A school needs a name.").strip();
        this.city = Objects.requireNonNull(city, "A school needs a city.").strip();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
