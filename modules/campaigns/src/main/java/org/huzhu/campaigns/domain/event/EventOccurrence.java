package org.huzhu.campaigns.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.huzhu.tenancy.api.TenantScopedEntity;

/** One date of an event; {@code registered} is moved only by conditional SQL updates (never past the capacity). */
@Entity
@Table(name = "event_occurrence")
public class EventOccurrence extends TenantScopedEntity {

    @Column(name = "series_id") private long seriesId;
    private LocalDate day;
    private int capacity;
    private int registered;

    protected EventOccurrence() {
    }

    public EventOccurrence(long seriesId, LocalDate day, int capacity) {
        this.seriesId = seriesId;
        this.day = day;
        this.capacity = capacity;
    }

    public long seriesId() { return seriesId; }
    public LocalDate day() { return day; }
    public int capacity() { return capacity; }
    public int registered() { return registered; }
}
