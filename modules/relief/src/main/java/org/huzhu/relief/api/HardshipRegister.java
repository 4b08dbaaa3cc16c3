package org.huzhu.relief.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The hardship register (困难职工档案): one file per household, held by a member, seen by office staff and by
 * clerks within their subtree. Amounts in fen, a year's worth unless named a month. National IDs only masked.
 */
public interface HardshipRegister {

    /** Files one household; a second file for it is refused naming the first. */
    FileView file(FileForm form);

    /** New figures of a household (income, costs, causes): the category is worked out again. */
    FileView revise(long fileId, MeansForm means);

    FileView addMeasure(long fileId, MeasureForm measure);

    FileView addVisit(long fileId, LocalDate visitedOn, String note);

    /** The yearly review: the figures confirmed (or revised) on this day. */
    FileView review(long fileId, LocalDate reviewedOn);

    FileView close(long fileId, LocalDate outOn, OutOfHardshipReason reason);

    Optional<FileView> find(long fileId);

    List<FileView> list(HardshipStatus status, int offset, int limit);

    /** Files in hardship whose yearly review falls on or before {@code on}, the longest overdue first. */
    List<FileView> reviewsDue(LocalDate on, int limit);

    List<EventView> history(long fileId);

    /** The member ids of households in hardship among these members (secondary aid's priority). */
    java.util.Set<Long> inHardship(java.util.Collection<Long> memberIds);

    Settings settings();

    Settings changeSettings(Settings settings);

    /** A household member as the clerk enters them; the national ID in clear (stored encrypted). */
    record PersonForm(String name, Relation relation, String idNumber, Health health, long incomeFen,
                      Occupation occupation) {
    }

    record MeansForm(long householdIncomeFen, long fixedCostsFen, long illnessCostsFen, List<HardshipCause> causes) {
    }

    record FileForm(long memberId, MeansForm means, boolean modelWorker, List<PersonForm> household) {
    }

    record MeasureForm(MeasureKind kind, LocalDate takenOn, long amountFen, String note) {
    }

    record PersonView(long id, String name, Relation relation, String idNumberMasked, Health health, long incomeFen,
                      Occupation occupation) {
    }

    record MeasureView(MeasureKind kind, LocalDate takenOn, long amountFen, String note, String recordedBy) {
    }

    record VisitView(LocalDate visitedOn, String visitor, String note) {
    }

    record FileView(long id, long memberId, String memberName, HardshipCategory category, HardshipStatus status,
                    int householdSize, long householdIncomeFen, long fixedCostsFen, long illnessCostsFen,
                    long incomePerHeadMonthFen, List<HardshipCause> causes, boolean modelWorker, LocalDate filedOn,
                    String filedBy, LocalDate reviewedOn, LocalDate reviewDue, LocalDate outOn,
                    OutOfHardshipReason outReason, List<PersonView> household, List<MeasureView> measures,
                    List<VisitView> visits) {
    }

    record EventView(String action, String actor, LocalDateTime at, HardshipCategory category, HardshipStatus status,
                     long incomePerHeadMonthFen, int householdSize, String detail) {
    }

    /**
     * The tenant's lines: the local minimum-living line (低保) per head a month, and the share of the household's
     * income that a year's illness or accident costs must pass.
     */
    record Settings(long minimumLivingFen, int illnessSharePercent) {
    }
}
