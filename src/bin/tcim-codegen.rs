//! Writes generated artifacts to stdout: `ts` (endpoint TypeScript types), `schemas`
//! (JSON Schemas of every request, for the Ajv comparison benchmark) or `checks` (the JS
//! diagnosers of objects and text, bundled into the package's lib/api.*).

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("ts") => print!("{}", tcim::codegen::typescript()),
        Some("schemas") => println!("{}", tcim::codegen::json_schemas()),
        Some("checks") => print!("{}", tcim::codegen::js_checks()),
        _ => {
            eprintln!("usage: tcim-codegen ts|schemas|checks");
            std::process::exit(2);
        }
    }
}
