/**
 * Copy buttons for the citation and embed code on chart pages. Without
 * JavaScript the buttons stay hidden and the texts are plain, selectable text.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
  const source = document.getElementById(button.dataset.copy ?? "");
  if (!source || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener("click", () => {
    void navigator.clipboard.writeText(source.textContent ?? "").then(() => {
      button.textContent = button.dataset.done ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}
