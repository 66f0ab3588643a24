//! Writes generated artifacts to stdout: `ts` (endpoint TypeScript types) or `schemas`
//! (JSON Schemas of every request, for the Ajv comparison benchmark).

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("ts") => print!("{}", tcim::codegen::typescript()),
        Some("schemas") => println!("{}", tcim::codegen::json_schemas()),
        _ => {
            eprintln!("usage: tcim-codegen ts|schemas");
            std::process::exit(2);
        }
    }
}
