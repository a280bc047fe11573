//! Starts the app in the browser. All the logic lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    tsunagu::ui::normalize::install();
    leptos::mount::mount_to_body(tsunagu::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Tsunagu runs in the browser: start it with `make run`.");
}
