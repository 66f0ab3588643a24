//! Writes generated artifacts to stdout: `ts` (endpoint TypeScript types), `schemas`
//! (`{ api: { request, response } }`, the JSON Schemas of every endpoint), `openapi` (the
//! OpenAPI 3.1 document), `checks` (the JS
//! diagnosers of objects and text, bundled into the package's lib/api.*) or `catalog` (the
//! JSON `endpoints()` returns, which the Node tests hold the built package to).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("ts") => print!("{}", tcim::codegen::typescript()),
        Some("schemas") => println!("{}", tcim::schema::json_schemas()),
        Some("openapi") => print!("{}", tcim::schema::openapi_text(env!("CARGO_PKG_VERSION"), std::env::args().nth(2).as_deref() == Some("zh-CN"))),
        Some("schema-files") => {
            let dir = std::env::args().nth(2).unwrap_or_else(|| "pkg/schemas".into());
            if let Err(e) = tcim::schema::write_schema_files(std::path::Path::new(&dir)).and_then(|()| tcim::schema::write_callback_schema_files(std::path::Path::new(&dir))) {
                eprintln!("tcim-codegen schema-files {dir}: {e}");
                std::process::exit(1);
            }
        }
        Some("checks") => print!("{}", tcim::codegen::js_checks()),
        Some("catalog") => println!("{}", tcim::codegen::endpoints_json()),
        _ => {
            eprintln!("usage: tcim-codegen ts|schemas|openapi [zh-CN]|schema-files DIR|checks|catalog");
            std::process::exit(2);
        }
    }
}

/// The generators run natively only (`wasm-pack test` builds every target for wasm32).
#[cfg(target_arch = "wasm32")]
fn main() {}
