// 《条例》第三十一条: the receipt date (收到申请之日) by channel (docs/statute.md §1.2).
//   (一) 当面提交: the day it is handed in;
//   (二) 邮寄: the day the agency signs for it; 平常信函等无需签收: the day the disclosure office confirms with the
//        applicant, which it must do on the day of arrival;
//   (三) 互联网渠道或者传真: the day both sides confirm.
import type { Channel, EventOf, IsoDate } from './events.ts';
import { DEFAULT_CLOCK_OPTIONS, needsConfirmation, type ClockOptions } from './options.ts';

/** The receipt date, or null while a confirmation the channel needs is not recorded (and the setting says wait). */
export function receiptDate(
  received: EventOf<'received'>,
  options: Pick<ClockOptions, 'emailIsOnline' | 'unconfirmedReceipt'> = DEFAULT_CLOCK_OPTIONS,
): IsoDate | null {
  if (!needsConfirmation(received.channel, options)) return received.on;
  if (received.confirmedOn) return received.confirmedOn;
  return options.unconfirmedReceipt === 'arrival' ? received.on : null;
}

/** Which clause decides the receipt date for the channel, in the words of a letter. */
export function receiptRule(
  received: EventOf<'received'>,
  options: Pick<ClockOptions, 'emailIsOnline'>,
): string {
  return receiptRuleFor(received.channel, options);
}

/** The same clause for a channel alone: what a clerk registering a request is told before entering its dates. */
export function receiptRuleFor(channel: Channel, options: Pick<ClockOptions, 'emailIsOnline'>): string {
  switch (channel) {
    case 'inPerson':
      return '当面提交的，以提交之日为收到申请之日（《条例》第三十一条第（一）项）';
    case 'signedPost':
      return '以邮寄方式提交的，以行政机关签收之日为收到申请之日（《条例》第三十一条第（二）项）';
    case 'ordinaryLetter':
      return '以平常信函等无需签收的邮寄方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日（《条例》第三十一条第（二）项）';
    case 'online':
    case 'fax':
      return '通过互联网渠道或者政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日（《条例》第三十一条第（三）项）';
    case 'email':
      return needsConfirmation('email', options)
        ? '以电子邮件提交的，按互联网渠道以双方确认之日为收到申请之日（《条例》第三十一条第（三）项；本机关设置）'
        : '以电子邮件提交的，按本机关设置以到达之日为收到申请之日';
  }
}
