// Click-to-load video embeds: until the reader clicks, the page holds only a link to the
// video and sends nothing to the video host. Without scripts, from a USB stick (file://) or
// offline, the link stays a plain link.
(function () {
  "use strict";
  var script = document.currentScript;
  var label = (script && script.getAttribute("data-play")) || "Play video";
  if (location.protocol === "file:" || navigator.onLine === false) return;
  var boxes = document.querySelectorAll(".video-embed[data-video-player]");
  for (var i = 0; i < boxes.length; i++) prepare(boxes[i]);

  function prepare(box) {
    var link = box.querySelector(".video-embed-link");
    if (!link) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "video-embed-play";
    button.setAttribute("aria-label", label + ": " + link.textContent);
    button.textContent = label;
    box.insertBefore(button, box.firstChild);
    box.classList.add("video-embed-ready");
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.src = box.getAttribute("data-video-player");
      frame.title = link.textContent;
      frame.setAttribute("allow", "autoplay; encrypted-media; fullscreen; picture-in-picture");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      box.replaceChild(frame, button);
      frame.focus();
    });
  }
})();
