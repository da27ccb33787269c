//! Converting between seconds since 1970-01-01 and calendar fields (proleptic Gregorian
//! calendar), for `gmtime`, `localtime` and `mktime`.

/// Days from 1970-01-01 to the given date; `month` is 1..=12, `day` may be any value (it is
/// added as an offset).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    // Count years from March, so that the leap day is the last day of the year.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y.rem_euclid(400);
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date `days` after 1970-01-01: `(year, month, day)`.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Largest |seconds| converted (about 3 million years): keeps every intermediate in range.
pub const MAX_SECONDS: i64 = 1 << 47;

/// Calendar fields of a time: `(year, month, mday, hour, minute, second, weekday, yearday)`,
/// weekday 0 being Monday and yearday counting from 1, as MicroPython's `localtime`.
pub fn fields(seconds: i64) -> [i64; 8] {
    let days = seconds.div_euclid(86_400);
    let secs = seconds.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    // 1970-01-01 was a Thursday (3 counting from Monday).
    let weekday = (days + 3).rem_euclid(7);
    let yearday = days - days_from_civil(y, 1, 1) + 1;
    [y, m, d, secs / 3600, secs / 60 % 60, secs % 60, weekday, yearday]
}

/// Seconds since 1970 of calendar fields; out-of-range months, days, hours, ... carry over as
/// C's `mktime` does. `None` if the result is out of range.
pub fn seconds(year: i64, month: i64, day: i64, hour: i64, minute: i64, second: i64) -> Option<i64> {
    const LIMIT: i64 = 1 << 40;
    if [year, month, day, hour, minute, second].iter().any(|v| v.abs() > LIMIT) {
        return None;
    }
    let y = year + (month - 1).div_euclid(12);
    let m = (month - 1).rem_euclid(12) + 1;
    let days = days_from_civil(y, m, day);
    let s = days.checked_mul(86_400)?.checked_add(hour * 3600 + minute * 60 + second)?;
    (s.abs() <= MAX_SECONDS).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(fields(1_700_000_000), [2023, 11, 14, 22, 13, 20, 1, 318]);
        assert_eq!(fields(0), [1970, 1, 1, 0, 0, 0, 3, 1]);
        assert_eq!(fields(-1), [1969, 12, 31, 23, 59, 59, 2, 365]);
    }

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let start = days_from_civil(1900, 1, 1);
        for d in start..start + 146_097 {
            let (y, m, dd) = civil_from_days(d);
            assert_eq!(days_from_civil(y, m, dd), d);
        }
    }

    #[test]
    fn carries_out_of_range_fields() {
        assert_eq!(seconds(2024, 13, 1, 0, 0, 0), seconds(2025, 1, 1, 0, 0, 0));
        assert_eq!(seconds(2024, 3, 0, 0, 0, 0), seconds(2024, 2, 29, 0, 0, 0));
        assert_eq!(seconds(2024, 1, 2, 3, 4, 5), Some(1_704_164_645));
        assert_eq!(seconds(i64::MAX, 1, 1, 0, 0, 0), None);
    }
}
