//! Timings, run with `cargo test -p ferropy-core --release bench_ -- --ignored --nocapture`.

use super::super::bigint::BigInt;
use super::super::{int_str, IntRef};
use std::println;
use std::time::Instant;

fn ten_thousand_digits(seed: u32) -> BigInt {
    let digits: std::string::String = (0..10_000u32)
        .map(|i| char::from(b'1' + ((i.wrapping_mul(2_654_435_761) ^ seed) % 9) as u8))
        .collect();
    int_str::parse_int(&digits, 10).unwrap()
}

#[test]
#[ignore]
fn bench_10000_digit_numbers() {
    let a = ten_thousand_digits(1);
    let b = ten_thousand_digits(7);
    let runs = 20;

    let t = Instant::now();
    let mut product = BigInt::zero();
    for _ in 0..runs {
        product = a.mul(&b, usize::MAX).unwrap();
    }
    println!("multiply two 10,000-digit numbers: {:?}", t.elapsed() / runs);

    let t = Instant::now();
    let mut text = std::string::String::new();
    for _ in 0..runs {
        text = int_str::to_decimal(IntRef::Big(&a));
    }
    println!("10,000-digit number to decimal: {:?}", t.elapsed() / runs);
    assert_eq!(text.len(), 10_000);

    let t = Instant::now();
    for _ in 0..runs {
        let _ = int_str::parse_int(&text, 10).unwrap();
    }
    println!("10,000-digit decimal string to int: {:?}", t.elapsed() / runs);

    let t = Instant::now();
    for _ in 0..runs {
        let _ = product.divmod(&a).unwrap();
    }
    println!("20,000-digit by 10,000-digit divmod: {:?}", t.elapsed() / runs);
}
