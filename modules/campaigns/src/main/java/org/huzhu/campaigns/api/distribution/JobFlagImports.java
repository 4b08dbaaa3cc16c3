package org.huzhu.campaigns.api.distribution;

/**
 * Members' job flags set from an .xlsx list by a clerk or the office (within their part of the registry): columns
 * 身份证号, 姓名 and one per flag (户外作业, 高温作业, 一线职工, 新就业形态劳动者, 劳动模范) with 是 or 否; an empty cell or a
 * column left out keeps what the member has. Any bad row: nothing written, every problem returned.
 */
public interface JobFlagImports {

    /** The empty list to fill in (the ID column formatted as text). */
    byte[] template();

    JobFlagImport importList(byte[] workbook);
}
