// The statutory numbers of the request clock, each with its source (docs/statute.md §1.13).

/** 《条例》第三十三条第二款: reply within 20 working days of receipt. R-DL-1 */
export const REPLY_WORKING_DAYS = 20;
/** 第三十三条第二款: extension of at most 20 working days, once, approved by the office head. R-DL-2 */
export const EXTENSION_MAX_WORKING_DAYS = 20;
/** 第三十条: the correction notice is issued within 7 working days of receipt. R-BZ-1 */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;
/** 第三十二条 (third party) and 第三十四条 (other agency): 15 working days from receiving the letter. R-TP-1, R-IA-1 */
export const CONSULTATION_WORKING_DAYS = 15;
/** 国办函〔2020〕109号 (restated by 川财 2021-01-18): pay within 20 working days from the day after receiving the notice. */
export const FEE_PAYMENT_WORKING_DAYS = 20;
/** 第二十六条: publish within 20 working days of the information being made or changed. R-PRO-1 */
export const PUBLICATION_WORKING_DAYS = 20;
