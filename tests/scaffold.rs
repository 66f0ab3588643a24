//! The scaffold writes a new endpoint that compiles and is served: on a copy of the crate it
//! adds one command to a service tcim has and one with a service of its own, then
//! `cargo check`s the copy and runs the tests it wrote (each runs the endpoint's sample).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::process::Command;

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let (path, dest) = (entry.path(), to.join(entry.file_name()));
        if path.is_dir() {
            copy(&path, &dest);
        } else {
            std::fs::copy(&path, &dest).unwrap();
        }
    }
}

#[test]
fn a_scaffolded_endpoint_compiles_and_its_sample_runs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = std::env::temp_dir().join(format!("tcim-scaffold-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    for dir in ["src", "tests", "benches"] {
        copy(&root.join(dir), &tmp.join(dir));
    }
    std::fs::create_dir_all(tmp.join("pkg-template")).unwrap();
    for file in ["Cargo.toml", "Cargo.lock", "README.md", "pkg-template/README.md", "pkg-template/README.zh-CN.md"] {
        std::fs::copy(root.join(file), tmp.join(file)).unwrap();
    }

    let written = tcim::scaffold::new_endpoint(&tmp, "sns/scaffold_probe", "Probe the scaffold", "脚手架探针").unwrap();
    for f in ["src/api/sns/scaffold_probe.rs", "src/api/sns/mod.rs", "src/api/mod.rs", "src/sim/sns.rs", "tests/endpoints/main.rs", "tests/endpoints/sns/scaffold_probe.rs"] {
        assert!(written.contains(&tmp.join(f)), "{f} not written: {written:?}");
    }
    let written = tcim::scaffold::new_endpoint(&tmp, "ScaffoldSvc/GetProbeList", "", "").unwrap();
    for f in ["src/api/scaffold_svc/get_probe_list.rs", "src/api/scaffold_svc/mod.rs", "src/vocab/endpoint.rs", "src/sim/dispatch.rs", "src/sim/scaffold_svc.rs", "src/sim/mod.rs"] {
        assert!(written.contains(&tmp.join(f)), "{f} not written: {written:?}");
    }
    // What exists is refused, and nothing is written then.
    let before = std::fs::read_to_string(tmp.join("src/api/mod.rs")).unwrap();
    assert!(tcim::scaffold::new_endpoint(&tmp, "sns/scaffold_probe", "", "").unwrap_err().contains("exists"));
    assert!(tcim::scaffold::new_endpoint(&tmp, "sns/friend_add", "", "").unwrap_err().contains("exists"));
    assert_eq!(std::fs::read_to_string(tmp.join("src/api/mod.rs")).unwrap(), before);
    let cargo = |args: &[&str]| {
        let out = Command::new(env!("CARGO")).args(args).current_dir(&tmp).env("CARGO_TARGET_DIR", root.join("target/scaffold-check")).output().unwrap();
        assert!(out.status.success(), "cargo {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The README blocks count the new endpoints (from a build that has them).
    cargo(&["run", "--quiet", "--bin", "tcim-codegen", "--", "readme"]);
    let readme = std::fs::read_to_string(tmp.join("README.md")).unwrap();
    let count = tcim::catalog::ENDPOINTS.len() + 2;
    assert!(readme.contains(&format!("<!-- tcim:endpoint-count -->{count}<!--")), "README does not count {count}");
    assert!(readme.contains("| `ScaffoldSvc` (1) | `GetProbeList` |"));

    cargo(&["check", "--quiet", "--all-targets"]);
    // The two scaffolded tests (both paths say "probe"), beside the endpoints' own.
    let ran = cargo(&["test", "--quiet", "--test", "endpoints", "probe"]);
    assert!(ran.contains("2 passed"), "{ran}");
    std::fs::remove_dir_all(&tmp).unwrap();
}
