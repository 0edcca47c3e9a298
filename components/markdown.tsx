import { Fragment } from "react";
import { parseMarkdown, type Inline } from "@/lib/text/markdown";

function InlineNode({ node }: { node: Inline }) {
  switch (node.type) {
    case "text":
      return <>{node.text}</>;
    case "strong":
      return <strong>{node.text}</strong>;
    case "em":
      return <em>{node.text}</em>;
    case "link":
      return (
        <a href={node.href} rel="nofollow noopener" className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
          {node.text}
        </a>
      );
  }
}

/** Renders a summary written in the safe Markdown subset of lib/text/markdown.ts. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div className={`flex flex-col gap-2 ${className}`}>
      {parseMarkdown(source).map((block, index) =>
        block.type === "list" ? (
          <ul key={index} className="list-disc pl-5">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                {item.map((node, nodeIndex) => (
                  <InlineNode key={nodeIndex} node={node} />
                ))}
              </li>
            ))}
          </ul>
        ) : (
          <p key={index}>
            {block.lines.map((line, lineIndex) => (
              <Fragment key={lineIndex}>
                {lineIndex > 0 && <br />}
                {line.map((node, nodeIndex) => (
                  <InlineNode key={nodeIndex} node={node} />
                ))}
              </Fragment>
            ))}
          </p>
        ),
      )}
    </div>
  );
}
