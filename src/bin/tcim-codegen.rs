//! Writes generated artifacts to stdout: `ts` (endpoint TypeScript types), `schemas`
//! (`{ api: { request, response } }`, the JSON Schemas of every endpoint), `openapi` (the
//! OpenAPI 3.1 document), `checks` (what the JS validation shares, bundled into the package's
//! lib/api.*), `checks-types` (its declarations, js/lib/generated.d.ts), `object-checks` and
//! `text-checks` (the JS diagnosers of objects and of JSON text, the package's
//! lib/object-diagnosers.* and lib/text-diagnosers.*) with their `-types`,
//! `catalog-data` and `catalog-data-types` (the catalog's and the schemas' JSON text, the
//! package's lib/catalog-data.*, and their declarations) or `catalog` (the
//! JSON `endpoints()` returns, which the Node tests hold the built package to). Two write the
//! tree: `readme` (the README blocks generated from the catalog; `readme --check` only says
//! which are stale) and `new-endpoint <service>/<command> ["Title" "中文标题"]` (the scaffold,
//! docs/adding-an-endpoint.md).

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
        Some("checks-types") => print!("{}", tcim::codegen::js_checks_types()),
        Some("object-checks") => print!("{}", tcim::codegen::js_object_checks()),
        Some("object-checks-types") => print!("{}", tcim::codegen::js_diagnosers_types("DIAGNOSERS")),
        Some("text-checks") => print!("{}", tcim::codegen::js_text_checks()),
        Some("text-checks-types") => print!("{}", tcim::codegen::js_diagnosers_types("TEXT_DIAGNOSERS")),
        Some("catalog-data") => print!("{}", tcim::codegen::js_catalog_data()),
        Some("catalog-data-types") => print!("{}", tcim::codegen::js_catalog_data_types()),
        Some("catalog") => println!("{}", tcim::codegen::endpoints_json()),
        Some("readme") => {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            let check = std::env::args().nth(2).as_deref() == Some("--check");
            match if check { tcim::readme::stale(root) } else { tcim::readme::write(root) } {
                Ok(files) if check && !files.is_empty() => {
                    eprintln!("stale README blocks in {files:?}: run cargo run --bin tcim-codegen -- readme");
                    std::process::exit(1);
                }
                Ok(files) => files.iter().for_each(|f| println!("{}", f.display())),
                Err(e) => {
                    eprintln!("tcim-codegen readme: {e}");
                    std::process::exit(1);
                }
            }
        }
        Some("new-endpoint") => {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            let arg = |i| std::env::args().nth(i).unwrap_or_default();
            match tcim::scaffold::new_endpoint(root, &arg(2), &arg(3), &arg(4)) {
                Ok(files) => {
                    files.iter().for_each(|f| println!("{}", f.display()));
                    // The README blocks count the new endpoint only in a build that has it.
                    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
                    let status = std::process::Command::new(cargo).args(["run", "--quiet", "--bin", "tcim-codegen", "--", "readme"]).current_dir(root).status();
                    if !status.is_ok_and(|s| s.success()) {
                        eprintln!("tcim-codegen new-endpoint: the endpoint is written, but the README blocks are not: run cargo run --bin tcim-codegen -- readme");
                        std::process::exit(1);
                    }
                }
                Err(e) => {
                    eprintln!("tcim-codegen new-endpoint: {e}");
                    std::process::exit(1);
                }
            }
        }
        _ => {
            eprintln!("usage: tcim-codegen ts|schemas|openapi [zh-CN]|schema-files DIR|checks|checks-types|object-checks|object-checks-types|text-checks|text-checks-types|catalog-data|catalog-data-types|catalog|readme [--check]|new-endpoint SERVICE/COMMAND [TITLE TITLE_ZH]");
            std::process::exit(2);
        }
    }
}

/// The generators run natively only (`wasm-pack test` builds every target for wasm32).
#[cfg(target_arch = "wasm32")]
fn main() {}
